/// Reads a service's `ages:`: `{ from: 0, to: 19 }` in years, `from_months:`/`to_months:` for the
/// youngest, `{ under: 5 }`, and `send_to: 25` for the older upper age with SEND.
struct ServiceAgesReader {
    static let example =
        "ages: { from: 0, to: 19 }, ages: { from_months: 6, to: 4 }, ages: { under: 5 } or ages: { from: 0, to: 19, send_to: 25 }"

    let log: DiagnosticLog

    /// The service's ages, or nil when not written or not readable (then `ages` is noted as reported).
    func read(in service: YAMLMapping) -> ServiceAges? {
        guard let map = service.mapping("ages", rule: "OFFER-SERVICES") else { return nil }
        defer { map.reportUnknownKeys() }
        let ages = ages(in: map)
        if ages == nil { service.markReported("ages") }
        return ages
    }

    private func ages(in map: YAMLMapping) -> ServiceAges? {
        let under = map.int("under")
        var from = end(map, years: "from", months: "from_months")
        var to = end(map, years: "to", months: "to_months")
        let sendTo = map.int("send_to")
        guard map.places.reported.isEmpty else { return nil }
        if let under {
            if to != nil {
                fail(
                    map.location(of: "under"), "'ages' has both 'under' and an upper age.",
                    "Keep one, e.g. `ages: { under: 5 }`.")
                return nil
            }
            guard under > 0 else {
                fail(
                    map.location(of: "under"), "'ages.under' is \(under): it should be 1 or more.",
                    "For the under-5s, write `ages: { under: 5 }`.")
                return nil
            }
            to = ServiceAges.Age(value: under, inMonths: false)
            from = from ?? ServiceAges.Age(value: 0, inMonths: false)
        }
        guard let from, let to else {
            let missing =
                from == nil
                ? "the youngest age ('from' or 'from_months')" : "the oldest age ('to', 'to_months' or 'under')"
            fail(map.location, "'ages' does not say \(missing).", "Write both ends, e.g. " + Self.example + ".")
            return nil
        }
        let ages = ServiceAges(from: from, to: to, isUnder: under != nil, sendTo: sendTo)
        let fromMonths = from.inMonths ? from.value : from.value * 12
        let toMonths = to.inMonths ? to.value : to.value * 12
        guard fromMonths < toMonths || (fromMonths == toMonths && under == nil) else {
            fail(
                map.location,
                "'ages' runs from \(from.withUnit) to \(under == nil ? "" : "under ")\(to.withUnit): the youngest is not below the oldest.",
                "Swap them, e.g. `ages: { from: 0, to: 19 }`.")
            return nil
        }
        if let sendTo, sendTo <= ages.years.upperBound {
            fail(
                map.location(of: "send_to"),
                "'ages.send_to' is \(sendTo), but the service is already for ages up to \(ages.years.upperBound).",
                "`send_to:` is the older upper age for children and young people with SEND, e.g. `ages: { from: 0, to: 19, send_to: 25 }`; leave it out if there is none."
            )
            return nil
        }
        return ages
    }

    /// One end of the range, written in years under `years` or in months under `months` (not both).
    private func end(_ map: YAMLMapping, years: String, months: String) -> ServiceAges.Age? {
        let inYears = map.int(years)
        let inMonths = map.int(months)
        if let value = inYears ?? inMonths, value < 0 {
            fail(
                map.location(of: inYears != nil ? years : months),
                "'ages.\(inYears != nil ? years : months)' is \(value): an age cannot be below 0.",
                "Write 0 for from birth.")
            map.markReported(inYears != nil ? years : months)
            return nil
        }
        if inYears != nil, inMonths != nil {
            fail(
                map.location(of: months), "'ages' has both '\(years)' and '\(months)'.",
                "Keep one: years (`\(years):`) or months (`\(months):`).")
            map.markReported(months)
            return nil
        }
        if let inYears { return ServiceAges.Age(value: inYears, inMonths: false) }
        return inMonths.map { ServiceAges.Age(value: $0, inMonths: true) }
    }

    private func fail(_ location: SourceLocation, _ message: String, _ hint: String) {
        log.report(Diagnostic(.error, at: location, message, hint: hint).breaking("OFFER-SERVICES"))
    }
}
