extension ContextBuilder {
    func boardModel() -> PageModel {
        guard let board = content.board else { return notFoundModel() }
        func memberFields(_ member: Member) -> [String: Any] {
            Dict([
                "name": member.name, "role": member.role, "partner_name": partnerName(member.partnerID),
                "position_label": member.position == .member
                    ? nil
                    : (member.position == .chair ? "Chair" : "Vice-chair"),
                "is_chair": member.position == .chair, "is_vice_chair": member.position == .viceChair,
            ]).values
        }
        let rank: (Member) -> Int = { [.chair: 0, .viceChair: 1, .member: 2][$0.position] ?? 2 }
        let typesPresent = Set(board.members.compactMap { board.partner($0.partnerID)?.type })
        let groups = PartnerType.allCases.filter(typesPresent.contains).map { type -> [String: Any] in
            let members = board.members.filter { board.partner($0.partnerID)?.type == type }
                .enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
            return ["type": type.rawValue, "type_label": type.label, "members": members.map(memberFields)]
        }
        var data = Dict([
            "intro_html": board.document?.rendered.html, "groups": groups, "member_count": board.members.count,
            "subgroups": board.subgroups.map {
                Dict(["name": $0.name, "purpose": $0.purpose, "chair": $0.chair]).values
            },
            "has_subgroups": !board.subgroups.isEmpty, "voice": board.voice, "has_voice": board.voice != nil,
            "absent_types": content.config.absentPartnerTypes.map {
                ["type_label": $0.type.label, "reason": $0.reason]
            },
            "has_absent_types": !content.config.absentPartnerTypes.isEmpty,
        ])
        if let chair = board.members.first(where: { $0.position == .chair }) {
            data["chair"] = memberFields(chair)
        }
        data["has_chair"] = data["chair"] != nil
        if let lscb = board.lscb {
            data["lscb"] =
                Dict([
                    "name": lscb.name, "relationship": lscb.relationship, "url": lscb.url,
                    "has_url": lscb.url != nil,
                ]).values
        }
        data["has_lscb"] = board.lscb != nil
        return PageModel(
            kind: "board", url: SiteRoutes.board, title: board.document?.title ?? "The Children's Trust Board",
            description: board.document?.description ?? "Who sits on the Board, who chairs it, and its sub-groups.",
            updated: board.updated ?? newestDate, breadcrumbs: [homeCrumb],
            outline: board.document?.rendered.outline ?? [], data: ["board": data.values])
    }
}
