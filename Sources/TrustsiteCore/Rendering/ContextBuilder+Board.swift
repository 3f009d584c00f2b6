extension ContextBuilder {
    func boardModel() -> PageModel {
        guard let board = content.board else { return notFoundModel() }
        func memberFields(_ member: Member) -> [String: Any] {
            Dict([
                "name": member.name,
                // A seat held by an organisation shows its post as the name, and no role beside it.
                "role_text": member.isNamed || member.role != member.name ? member.role : nil,
                "partner_name": Self.inWords(member.partnerIDs.map(partnerName)),
                "position_label": member.position == .member ? nil : member.position.label,
                "position_words": member.position.label,
                "stands_in_for": member.standsInFor,
                "is_chair": member.position == .chair, "is_vice_chair": member.position == .viceChair,
            ]).values
        }
        let rank: (Member) -> Int = { Member.Position.allCases.firstIndex(of: $0.position) ?? 0 }
        // Members by the type of partner they represent; one representing several is under each type.
        let typesPresent = Set(board.members.flatMap { $0.partnerIDs.compactMap { board.partner($0)?.type } })
        let byType = PartnerType.allCases.filter(typesPresent.contains).map { type -> (PartnerType, [Member]) in
            let members = board.members.filter { $0.partnerIDs.contains { board.partner($0)?.type == type } }
                .enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
            return (type, members)
        }
        let groups = byType.map { type, members -> [String: Any] in
            ["type": type.rawValue, "type_label": type.label, "members": members.map(memberFields)]
        }
        // Who leads: the chair or co-chairs in file order, then the vice- and deputy chairs as the
        // members by type list them.
        var leaders = board.members.filter(\.position.chairs)
        for (_, members) in byType {
            for member in members where [.viceChair, .deputyChair].contains(member.position) {
                if !leaders.contains(where: { $0.location == member.location }) { leaders.append(member) }
            }
        }
        let layers = board.groups.enumerated().map { index, group -> [String: Any] in
            Dict([
                "anchor": "group-\(index + 1)", "name": group.name, "purpose": group.purpose,
                "decides": group.decides, "members": group.members.map(memberFields),
                "member_count": group.members.count,
            ]).values
        }
        var data = Dict([
            "intro_html": board.document?.rendered.html, "groups": groups,
            "member_count": board.members.filter(\.position.isFullMember).count,
            "leaders": leaders.map(memberFields), "layers": layers, "has_layers": !layers.isEmpty,
            "subgroups": board.subgroups.map {
                Dict(["name": $0.name, "purpose": $0.purpose, "chair": $0.chair]).values
            },
            "has_subgroups": !board.subgroups.isEmpty, "voice": board.voice, "has_voice": board.voice != nil,
            "absent_types": content.config.absentPartnerTypes.map {
                ["type_label": $0.type.label, "reason": $0.reason]
            },
            "has_absent_types": !content.config.absentPartnerTypes.isEmpty,
        ])
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

    /// "A", "A and B", "A, B and C".
    static func inWords(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
