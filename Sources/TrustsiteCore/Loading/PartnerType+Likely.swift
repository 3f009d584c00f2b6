extension PartnerType {
    /// The types a `type:` that cannot be read may have been meant as: the one its word is
    /// closest to ("polce": police), else every type. Rules give a partner or a declaration that
    /// could not be loaded the benefit of the doubt, so its loss is not reported again as a
    /// missing type.
    static func likely(_ value: YAMLValue?) -> Set<PartnerType> {
        guard case .scalar(let scalar)? = value?.node,
            let word = KeySuggester.suggestion(for: scalar.string, among: allCases.map(\.rawValue)),
            let type = PartnerType(rawValue: word)
        else { return Set(allCases) }
        return [type]
    }
}
