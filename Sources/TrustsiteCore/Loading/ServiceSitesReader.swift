/// Reads a service's `sites:`: each place it is offered, with its address, opening hours
/// (`hours: [{ days: Mon-Fri, opens: "09:00", closes: "17:00" }]`), accessibility notes and contact.
struct ServiceSitesReader {
    static let hoursExample =
        "hours: [{ days: Mon-Fri, opens: \"09:00\", closes: \"17:00\" }, { days: Sat, opens: \"09:30\", closes: \"12:30\" }]"

    let log: DiagnosticLog

    func read(in service: YAMLMapping) -> [ServiceSite] {
        guard let items = service.list("sites", rule: "OFFER-SERVICES") else { return [] }
        return items.compactMap { item in
            guard let map = item.serving("OFFER-SERVICES").mapping() else {
                service.markReported("sites")
                return nil
            }
            return site(map)
        }
    }

    private func site(_ map: YAMLMapping) -> ServiceSite {
        defer { map.reportUnknownKeys() }
        let name =
            map.requiredString(
                "name", example: "sites:\n  - name: Northgate Family Hub\n    address: 1 High Street, Northgate",
                why: "Each site needs a name, so families can tell the sites apart.") ?? "Site"
        let lines: [(hours: OpeningHours, item: YAMLValue)] = (map.list("hours") ?? []).compactMap { item in
            item.mapping().flatMap(hoursLine).map { ($0, item) }
        }
        warnAboutOverlaps(lines)
        let hours = lines.map(\.hours)
        return ServiceSite(
            name: name, address: map.string("address"), hours: hours, accessibility: map.string("accessibility"),
            contact: OfferLoader.contact(map.mapping("contact")), location: map.location)
    }

    private func hoursLine(_ map: YAMLMapping) -> OpeningHours? {
        defer { map.reportUnknownKeys() }
        let why = "Each line of opening hours says which days, and when it opens and closes."
        let daysText = map.requiredString("days", example: Self.hoursExample, why: why)
        let opensText = map.requiredString("opens", example: Self.hoursExample, why: why)
        let closesText = map.requiredString("closes", example: Self.hoursExample, why: why)
        var days: [Int]?
        if let daysText {
            days = OpeningHours.days(in: daysText)
            if days == nil, let range = OpeningHours.backwardsRange(in: daysText) {
                fail(
                    map.location(of: "days"),
                    "'\(map.parent.keyPath).days' is '\(daysText)': '\(range)' runs backwards through the week.",
                    "Write a range from the earlier day, Monday first (`Mon-Sun` is every day), "
                        + "or list the days: `days: \"Mon, Sun\"`.")
            } else if days == nil {
                fail(
                    map.location(of: "days"),
                    "'\(map.parent.keyPath).days' is '\(daysText)', which is not days of the week.",
                    "Write days as `Mon-Fri`, `Sat`, `Mon, Wed, Fri` or `Monday to Friday`.")
            }
        }
        let opens = opensText.flatMap { time($0, key: "opens", in: map) }
        let closes = closesText.flatMap { time($0, key: "closes", in: map) }
        guard let daysText, let days, let opens, let closes else { return nil }
        guard opens < closes else {
            fail(
                map.location(of: "closes"),
                "'\(map.parent.keyPath)' closes at \(closes), not after it opens at \(opens).",
                "Write 24-hour times with the opening time first, e.g. `opens: \"09:00\", closes: \"17:00\"`.")
            return nil
        }
        return OpeningHours(daysText: daysText, days: days, opens: opens, closes: closes)
    }

    /// Two lines open at the same time on the same day are a slip (a day left in a range that has
    /// its own line): families cannot tell which hours are right.
    private func warnAboutOverlaps(_ lines: [(hours: OpeningHours, item: YAMLValue)]) {
        for (index, line) in lines.enumerated() {
            guard
                let (earlier, days) = lines[..<index].lazy.map({ ($0, line.hours.overlap(with: $0.hours)) })
                    .first(where: { !$0.1.isEmpty })
            else { continue }
            let dayNames = days.map { OpeningHours.dayNames[$0 - 1] }.joined(separator: ", ")
            func describe(_ hours: OpeningHours) -> String {
                "\(hours.daysInFull), \(hours.opens) to \(hours.closes)"
            }
            log.warning(
                line.item.location,
                "'\(line.item.keyPath)' (\(describe(line.hours))) overlaps '\(earlier.item.keyPath)' "
                    + "(\(describe(earlier.hours))) on \(dayNames).",
                hint: "Give each day one set of times: take the day out of one line, e.g. "
                    + "`days: \"Mon, Tue, Thu, Fri\"` beside a line of its own for Wednesday.")
        }
    }

    private func time(_ text: String, key: String, in map: YAMLMapping) -> String? {
        if let time = OpeningHours.time(text) { return time }
        fail(
            map.location(of: key), "'\(map.parent.keyPath).\(key)' is '\(text)', which is not a 24-hour time.",
            "Write the time as HH:MM in quotes, e.g. `\(key): \"17:30\"` for half past five in the afternoon.")
        return nil
    }

    private func fail(_ location: SourceLocation, _ message: String, _ hint: String) {
        log.report(Diagnostic(.error, at: location, message, hint: hint).breaking("OFFER-SERVICES"))
    }
}
