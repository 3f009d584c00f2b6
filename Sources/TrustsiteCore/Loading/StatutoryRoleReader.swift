/// Reads a Board member's `statutory_role:`.
struct StatutoryRoleReader {
    /// The role, written as its id in any case or spacing (`Lead GP` is `lead-gp`); anything else
    /// is reported at its line with the role it most likely means, as breaking the rule that asks
    /// for that role (BOARD-LA for `lead-membr`).
    func role(_ value: YAMLValue) -> StatutoryRole? {
        guard let text = value.string("one of " + StatutoryRole.allCases.map(\.rawValue).joined(separator: ", "))
        else { return nil }
        if let role = StatutoryRole(written: text) { return role }
        let suggestion =
            KeySuggester.suggestion(for: StatusWords.key(text), among: StatutoryRole.allCases.map(\.rawValue))
            .flatMap(StatutoryRole.init(rawValue:))
            ?? RoleTitles.all.first { $0.titleShows(text) }?.role
        value.serving(suggestion?.ruleID).fail(
            value.location, "'\(value.keyPath)' is '\(text)', which is not a statutory role trustsite knows.",
            hint: (suggestion.map { "Did you mean '\($0.rawValue)'? " } ?? "") + "Use one of:\n"
                + StatutoryRole.allCases.map { "    \($0.rawValue): \($0.phrase) (\($0.ruleID))" }.joined(
                    separator: "\n")
                + "\nA member who holds none of these needs no `statutory_role:`.")
        return nil
    }
}
