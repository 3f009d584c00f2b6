import Foundation
import TrustsiteMarkdown

/// The site's facts as open data under `/data/`: the plan's priorities and actions, each review's
/// progress, the Board and the services, each as JSON and CSV, so journalists and scrutiny
/// committees can reuse them. Columns are described on the `/data/` page.
struct OpenData {
    let content: SiteContent

    /// A published data set: its file stem, what a row is, and its columns.
    struct DataSet {
        var stem: String
        var title: String
        var row: String
        var columns: [(name: String, meaning: String)]
        var rows: [[String]]
    }

    var dataSets: [DataSet] {
        var sets: [DataSet] = []
        if let plan = content.plan {
            sets.append(
                DataSet(
                    stem: "plan-actions", title: "The plan's priorities and actions", row: "one action of the plan",
                    columns: [
                        ("priority_id", "The priority's id, e.g. P1"), ("priority", "The priority's title"),
                        ("outcomes", "The outcomes the priority serves, separated by semicolons"),
                        ("action_id", "The action's id, e.g. A1.2"), ("what", "What will be done"),
                        ("lead_partner", "The partner that leads the action (joint leads separated by semicolons)"),
                        ("supporting_partners", "Partners that support it, separated by semicolons"),
                        ("resources", "The resources committed"),
                        (
                            "by",
                            "The day it is due (YYYY-MM-DD): a month's last day, a financial year's 31 March; empty when ongoing"
                        ),
                        ("measure", "How progress is measured"), ("baseline", "Where things stood at the start"),
                        ("target", "The target"),
                        (
                            "by_as_written",
                            "When it is due as the plan writes it: a day (YYYY-MM-DD), a month (YYYY-MM, due at its end), "
                                + "a financial year (YYYY/YY, due on 31 March) or ongoing"
                        ),
                        ("start", "When it starts, written as by_as_written is"),
                        ("review_by", "When an ongoing action is next reviewed (YYYY-MM-DD)"),
                        ("lead_officer", "The officer who leads it: a post, and the person's name in brackets"),
                    ],
                    rows: plan.priorities.flatMap { priority in
                        priority.actions.map { action in
                            [
                                priority.id, priority.title, priority.outcomeIDs.joined(separator: "; "), action.id,
                                action.what,
                                action.leadPartnerIDs.map(name).joined(separator: "; "),
                                action.supportingPartnerIDs.map(name).joined(separator: "; "),
                                action.resources ?? priority.resources ?? "", action.due?.day?.iso ?? "",
                                action.measure ?? "",
                                action.baseline ?? "", action.target ?? "", action.due?.written ?? "",
                                action.start?.written ?? "", action.reviewBy?.iso ?? "",
                                action.leadOfficer?.text ?? "",
                            ]
                        }
                    }))
            if !plan.indicators.isEmpty {
                sets.append(
                    DataSet(
                        stem: "indicators", title: "The plan's indicators, with baselines, targets and actual values",
                        row: "one indicator and year",
                        columns: [
                            ("indicator_id", "The indicator's id, e.g. NI117"), ("name", "What it measures"),
                            ("priority_id", "The priority it measures progress on"),
                            ("unit", "What the values count: percentage, number, rate per 10,000, days, ..."),
                            ("better", "higher or lower: which way is an improvement"),
                            ("year", "The year (YYYY/YY: April to March; YYYY: a calendar year)"),
                            ("baseline", "The baseline value, in the baseline year's row"),
                            ("target", "The plan's target for the year"),
                            ("actual", "The actual value an annual report gives for the year"),
                            ("source", "Where the figures come from"),
                            ("note", "What the report says about the figure, or why there is none"),
                            ("report", "The annual report the actual value comes from"),
                        ],
                        rows: plan.indicators.flatMap(indicatorRows)))
            }
        }
        for review in content.reviews {
            // A report on a past plan kept as a folder names that plan's actions and leads.
            let pastAsData = content.pastPlan(of: review)?.plan != nil
            sets.append(
                DataSet(
                    stem: "progress-\(review.slug)", title: "Progress in \(review.title)",
                    row: "one action of the plan the report reviews",
                    columns: [
                        ("action_id", "The action's id"),
                        (
                            "what",
                            pastAsData
                                ? "What was to be done"
                                : "What was to be done (blank for a past plan, whose actions are in its document)"
                        ),
                        ("lead_partner", "The partner that leads it" + (pastAsData ? "" : " (blank for a past plan)")),
                        ("status", "complete, on-track, at-risk, off-track, not-started or not-assessed"),
                        ("evidence", "What happened"),
                        ("period_start", "The first day the report covers"), ("period_end", "The last day it covers"),
                        (
                            "local_status",
                            "The report's own word for the status when it is not a standard one (a word from "
                                + "status_words in trustsite.yml, or red, amber or green); its meaning is in status"
                        ),
                    ],
                    rows: progressRows(review)))
        }
        // Each report's lines against the plan it is on, so a past plan's reports give its own indicators.
        let reviewed = content.checkedReviews
        if content.plan?.indicators.isEmpty == false || reviewed.contains(where: { !$0.plan.indicators.isEmpty }) {
            sets.append(
                DataSet(
                    stem: "indicator-results", title: "Indicators in each annual report",
                    row: "one indicator of the plan in one annual report",
                    columns: [
                        ("report", "The report's address part, e.g. 2025-26 for /reviews/2025-26/"),
                        ("indicator_id", "The indicator's id, e.g. NI117"),
                        ("year", "The year the figure is for: 2008/09 (April to March) or 2009 (a calendar year)"),
                        ("target", "The plan's target for that year, as a plain number; empty when it sets none"),
                        ("actual", "The figure the report gives, as a plain number; empty when it gives none"),
                        ("position", "met, close, missed, no-data or no-target. " + IndicatorPosition.statedRule),
                        ("note", "What the figure means or, with no figure, why there is none"),
                    ],
                    rows: reviewed.flatMap { review, plan in
                        IndicatorReportLine.lines(for: review, plan: plan).map { line in
                            [
                                review.slug, line.indicator.id, line.year?.written ?? "",
                                line.target.map(Self.plainNumber) ?? "", line.actual.map(Self.plainNumber) ?? "",
                                line.position.rawValue, line.note ?? "",
                            ]
                        }
                    }))
        }
        if let board = content.board {
            sets.append(
                DataSet(
                    stem: "board-members", title: "Members of the Children's Trust Board", row: "one member",
                    columns: [
                        ("name", "The member's name"), ("role", "Their role"),
                        ("position", Member.Position.allCases.map(\.rawValue).joined(separator: ", ")),
                        ("partner", "The organisation they represent"),
                        ("partner_type", "The kind of partner, from the guidance's list"),
                        (
                            "statutory_role",
                            "The statutory post the member holds, when the Board names it: "
                                + StatutoryRole.allCases.map(\.rawValue).joined(separator: ", ")
                        ),
                        ("group", "The group of the Board they sit in, when the Board is in groups"),
                        ("partners", "Every partner they represent, by id, separated by semicolons"),
                        (
                            "named",
                            "false for a seat held by an organisation with no person named (the name is the post)"
                        ),
                        ("stands_in_for", "For a substitute, the member they stand in for"),
                    ],
                    rows: boardMemberRows(board)))
        }
        if let offer = content.offer {
            sets.append(
                DataSet(
                    stem: "services", title: "Services in the local offer", row: "one service",
                    columns: [
                        ("name", "The service"), ("summary", "What it offers"), ("for", "Who it is for"),
                        ("age_from", "Youngest age served"), ("age_to", "Oldest age served"),
                        ("outcomes", "Outcomes it serves, separated by semicolons"),
                        ("areas", "Where it is offered, separated by semicolons"),
                        ("youth_offer", "true if part of the youth offer"), ("how_to_access", "How to get this help"),
                        ("email", "Contact email"), ("phone", "Contact phone"), ("web", "Web address"),
                        ("cost", "What it costs"),
                        ("where", "Where it is"), ("last_checked", "When the entry was last checked (YYYY-MM-DD)"),
                        ("page", "Its page on this site"),
                        // Added later, so at the end: files read by column position still work.
                        ("ages", "The ages served, as written (e.g. Under 5)"),
                        ("age_send_to", "Oldest age served for children and young people with SEND"),
                        ("providers", "Who provides it, separated by semicolons"),
                        ("sites", "Where it is offered: each site's name and address, separated by semicolons"),
                    ],
                    rows: offer.services.map { service in
                        [
                            service.name, service.summary ?? "", service.audience ?? "",
                            service.ages.map { String($0.years.lowerBound) } ?? "",
                            service.ages.map { String($0.years.upperBound) } ?? "",
                            service.outcomeIDs.joined(separator: "; "), service.areas.joined(separator: "; "),
                            service.isYouthOffer ? "true" : "false", service.access ?? "", service.contact?.email ?? "",
                            service.contact?.phone ?? "", service.contact?.web ?? "", service.cost ?? "",
                            service.place ?? "",
                            service.lastChecked?.iso ?? "",
                            content.config.baseURLWithoutSlash + SiteRoutes.service(service),
                            service.ages?.text ?? "", service.ages?.sendTo.map(String.init) ?? "",
                            service.providers.map { content.board?.partner($0)?.name ?? $0 }.joined(separator: "; "),
                            service.sites.map { [$0.name, $0.address].compactMap { $0 }.joined(separator: ", ") }
                                .joined(separator: "; "),
                        ]
                    }))
        }
        return sets
    }

    /// A figure as software reads it: no grouping, no unit, no trailing zeros (`1140`, `7.5`, `-0.25`).
    static func plainNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        // Swift's shortest round-trip form, unless it would use an exponent (`1e-05`).
        let shortest = String(value)
        return shortest.contains("e") ? IndicatorUnit.number(value).replacingOccurrences(of: ",", with: "") : shortest
    }

    /// A review of the current plan, or of a past plan kept as a folder: each of that plan's
    /// actions, in plan order, with the status and evidence the review gives it. A review of a
    /// past plan kept as a document: its own entries, as written, since no actions are known.
    private func progressRows(_ review: Review) -> [[String]] {
        let period = [review.period?.start.iso ?? "", review.period?.end.iso ?? ""]
        guard let plan = content.plan(of: review) else {
            guard !review.isOfCurrentPlan else { return [] }
            return review.progress.map { entry in
                [entry.actionID, "", "", entry.status?.rawValue ?? "", entry.evidence ?? ""] + period
                    + [entry.localStatus ?? ""]
            }
        }
        let entries = Dictionary(review.progress.map { ($0.actionID, $0) }, uniquingKeysWith: { first, _ in first })
        return plan.actions.map { action in
            [
                action.id, action.what, action.leadPartnerIDs.map(name).joined(separator: "; "),
                entries[action.id]?.status?.rawValue ?? "",
                entries[action.id]?.evidence ?? "",
            ] + period + [entries[action.id]?.localStatus ?? ""]
        }
    }

    /// One row per member of every group (or of the one list), the columns of `board-members`.
    private func boardMemberRows(_ board: Board) -> [[String]] {
        let layers: [(group: String, members: [Member])] =
            board.groups.isEmpty ? [("", board.members)] : board.groups.map { ($0.name, $0.members) }
        return layers.flatMap { layer in
            layer.members.map { member in
                [
                    member.name, member.role, member.position.rawValue, name(member.partnerID),
                    board.partner(member.partnerID)?.type.rawValue ?? "", member.statutoryRole?.rawValue ?? "",
                    layer.group, member.partnerIDs.joined(separator: ";"), member.isNamed ? "true" : "false",
                    member.standsInFor ?? "",
                ]
            }
        }
    }

    private func name(_ partnerID: String) -> String {
        content.board?.partner(partnerID)?.name ?? partnerID
    }

    /// Every data file by output path (`data/services.csv`).
    var files: [String: Data] {
        var files: [String: Data] = [:]
        for set in dataSets {
            files["data/\(set.stem).csv"] = Data(CSV.document(header: set.columns.map(\.name), rows: set.rows).utf8)
            files["data/\(set.stem).json"] = Data(json(set).utf8)
        }
        return files
    }

    /// `[{"column": "value", ...}, ...]` with keys in column order, stable byte for byte.
    private func json(_ set: DataSet) -> String {
        var text = "[\n"
        for (index, row) in set.rows.enumerated() {
            let fields = zip(set.columns, row).map { "\(JSONText.quote($0.name)): \(JSONText.quote($1))" }
            text += "  {" + fields.joined(separator: ", ") + "}" + (index < set.rows.count - 1 ? ",\n" : "\n")
        }
        return text + "]\n"
    }
}

/// CSV as RFC 4180 describes it, with cells that a spreadsheet would run as formulas made inert.
enum CSV {
    static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var text = value
        // =, +, -, @ (and tab or carriage return) at the start make spreadsheets evaluate a cell:
        // a leading apostrophe keeps the text as text (OWASP's advice on CSV injection).
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        // Scalars, not Characters: "\r\n" is one Character, and would hide a lone "\n".
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}

/// JSON string literals, escaped by hand so output does not depend on an encoder's choices.
enum JSONText {
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            // < > & escaped too, so the text is safe even inside an HTML <script> block.
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension OpenData {
    /// An indicator's years, one row each, numbers plain (`1140`, `7.5`) so they read as numbers.
    func indicatorRows(_ indicator: Indicator) -> [[String]] {
        func plain(_ value: Double?) -> String { value.map(Self.plainNumber) ?? "" }
        return IndicatorYear.all(of: indicator, in: content).map { year in
            [
                indicator.id, indicator.name, indicator.priorityID, indicator.unit.written, indicator.better.rawValue,
                year.year.written, plain(year.baseline), plain(year.target), plain(year.actual),
                indicator.source ?? "", year.note ?? "",
                year.review.map { content.config.baseURLWithoutSlash + SiteRoutes.review($0) } ?? "",
            ]
        }
    }
}
