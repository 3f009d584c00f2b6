/// Reads the Board: `content/board/board.yml` and the optional `content/board/index.md`.
struct BoardLoader {
    static let dataPath = "content/board/board.yml"
    let context: LoadContext

    func load() -> Board? {
        guard context.exists(Self.dataPath) else { return nil }
        let loader = DocumentLoader(context: context)
        let map = loader.loadData(Self.dataPath, expected: "the Board's partners and members.")
        defer { map.reportUnknownKeys() }
        let intro =
            context.exists("content/board/index.md")
            ? loader.load("content/board/index.md", expected: "the Board page's introduction.") : nil
        intro?.frontMatter.reportUnknownKeys()
        var unloadedPartners: [UnloadedPartner] = []
        var partners: [Partner] = []
        let partnerItems = map.list("partners", rule: "BOARD-RELEVANT-PARTNERS")
        // Written but not a list: any partner may be in it, with any id.
        if partnerItems == nil, map.places.isReported("partners") {
            unloadedPartners.append(UnloadedPartner(id: nil, types: Set(PartnerType.allCases)))
        }
        for item in partnerItems ?? [] {
            switch partner(item) {
            case .loaded(let partner): partners.append(partner)
            case .unloaded(let unloaded): unloadedPartners.append(unloaded)
            }
        }
        var unloadedMembers: [UnloadedMember] = []
        var members: [Member] = []
        let groups = self.groups(map, unloaded: &unloadedMembers)
        if map.value("groups") != nil {
            members = groups.filter(\.decides).flatMap(\.members)
            if map.value("members") != nil {
                let place = map.keyLocation("members")
                context.log.report(
                    Diagnostic(
                        .error, at: place,
                        "board.yml has both `members:` and `groups:`: with groups, every member belongs to a group.",
                        hint:
                            "Move these members into the group that takes the Board's decisions (the one with `decides: true`)."
                    ))
                map.markReported("members")
            }
        } else {
            let loaded = self.members(map.list("members", rule: "SITE-PUBLISHED-SET") ?? [])
            members = loaded.members
            unloadedMembers += loaded.unloaded
        }
        if !unloadedPartners.isEmpty { map.markReported("partners") }
        if !unloadedMembers.isEmpty { map.markReported("members") }
        let subgroupItems = map.list("subgroups", rule: "BOARD-SUBGROUPS") ?? []
        let subgroups = subgroupItems.compactMap(subgroup)
        if subgroups.count < subgroupItems.count { map.markReported("subgroups") }
        var lscb: LSCBRelationship?
        if let lscbMap = map.mapping("lscb", rule: "BOARD-LSCB-INDEPENDENT") { lscb = self.lscb(lscbMap, in: map) }
        return Board(
            document: intro?.document,
            partners: partners,
            members: members,
            groups: groups,
            subgroups: subgroups,
            lscb: lscb,
            voice: map.string("voice", rule: "BOARD-VOICE"),
            updated: map.day("updated") ?? intro?.document.updated,
            location: SourceLocation(file: Self.dataPath),
            // After every key is read: the places note the keys reported.
            places: map.places,
            unloadedPartners: unloadedPartners,
            unloadedMembers: unloadedMembers
        )
    }

    private func partner(_ value: YAMLValue) -> Loading<Partner, UnloadedPartner> {
        guard let map = value.mapping() else {
            return .unloaded(UnloadedPartner(id: nil, types: Set(PartnerType.allCases)))
        }
        defer { map.reportUnknownKeys() }
        let id = map.requiredString(
            "id", example: "  - id: brackenmoor-council", why: "Actions and members refer to partners by id.")
        let name = map.requiredString(
            "name", example: "    name: Brackenmoor Borough Council", why: "The Board page names every partner.")
        guard map.value("type") != nil else {
            map.missing(
                "type", example: "    type: local-authority",
                why: "The partner type shows which statutory partners sit on the Board.")
            return .unloaded(UnloadedPartner(id: id, types: Set(PartnerType.allCases)))
        }
        guard let type = map.choice("type", PartnerType.self) else {
            return .unloaded(UnloadedPartner(id: id, types: PartnerType.likely(map.value("type"))))
        }
        guard let id, let name else { return .unloaded(UnloadedPartner(id: id, types: [type])) }
        return .loaded(Partner(id: id, name: name, type: type, location: map.location, places: map.places))
    }

    /// The Board's layers (`groups:`): each loaded group, every group's unloaded deciding members
    /// added to `unloaded`. When no group says it decides, that is reported and the first group decides.
    private func groups(_ map: YAMLMapping, unloaded: inout [UnloadedMember]) -> [BoardGroup] {
        guard map.value("groups") != nil else { return [] }
        guard let items = map.list("groups", rule: "SITE-PUBLISHED-SET") else {
            // Unreadable (reported): any member may be in it.
            unloaded.append(UnloadedMember(partnerID: nil, mayBeChair: true))
            map.markReported("members")
            return []
        }
        var groups: [BoardGroup] = []
        for item in items {
            guard let group = item.mapping() else {
                unloaded.append(UnloadedMember(partnerID: nil, mayBeChair: true))
                continue
            }
            defer { group.reportUnknownKeys() }
            let name = group.requiredString(
                "name", example: "  - name: Executive Board", why: "Each group is a section of the Board page.")
            let purpose = group.string("purpose")
            let decidesValue = group.bool("decides")
            // A `decides:` that could not be read (reported) may be true: its members count.
            let decides = decidesValue ?? group.places.isReported("decides")
            let memberItems = group.list("members", rule: "SITE-PUBLISHED-SET")
            let loaded = members(memberItems ?? [])
            if decides {
                unloaded += loaded.unloaded
                if memberItems == nil, group.places.isReported("members") {
                    unloaded.append(UnloadedMember(partnerID: nil, mayBeChair: true))
                }
            }
            guard let name else {
                if decides {
                    unloaded += loaded.members.map { UnloadedMember(partnerID: $0.partnerID, mayBeChair: true) }
                }
                continue
            }
            groups.append(
                BoardGroup(
                    name: name, purpose: purpose, decides: decides, members: loaded.members, location: group.location,
                    places: group.places))
        }
        if !groups.isEmpty, !groups.contains(where: \.decides) {
            context.log.report(
                Diagnostic(
                    .error, at: map.keyLocation("groups"),
                    "no group says it takes the Board's decisions; the Board rules read the first group, '\(groups[0].name)'.",
                    hint: "Add `decides: true` to the group that is the Board (often the executive or core group)."))
            groups[0].decides = true
        }
        return groups
    }

    /// The members of one list, then each substitute's `for:` checked against the list's full members.
    private func members(_ items: [YAMLValue]) -> (members: [Member], unloaded: [UnloadedMember]) {
        var members: [Member] = []
        var unloaded: [UnloadedMember] = []
        for item in items {
            switch member(item) {
            case .loaded(let member): members.append(member)
            case .unloaded(let member): unloaded.append(member)
            }
        }
        let full = members.filter(\.position.isFullMember).map(\.name)
        for member in members {
            guard let absent = member.standsInFor, !full.contains(absent) else { continue }
            let meant = KeySuggester.suggestion(for: absent, among: full)
            context.log.report(
                Diagnostic(
                    .error, at: member.places.location(of: "for"),
                    "\(member.name) is a substitute for '\(absent)', who is not a member in the same list.",
                    hint: meant.map { "Did you mean '\($0)'?" }
                        ?? "Write `for:` with the name of the member they stand in for, exactly as it is written."))
        }
        return (members, unloaded)
    }

    private func member(_ value: YAMLValue) -> Loading<Member, UnloadedMember> {
        guard let map = value.mapping() else { return .unloaded(UnloadedMember(partnerID: nil, mayBeChair: true)) }
        defer { map.reportUnknownKeys() }
        // A seat held by an organisation names its post (`post:`) and no person.
        let post = map.string("post")
        var name: String?
        var role: String?
        if let post, map.value("name") == nil {
            name = post
            role = map.string("role") ?? post
        } else {
            name = map.requiredString(
                "name", example: "  - name: Dr Amara Okafor",
                why: "Members are named (or, for a seat held by an organisation, write its `post:` instead).")
            role = map.requiredString(
                "role", example: "    role: Director of Children's Services", why: "Say what the member does.")
            if post != nil {
                map.value("post")?.fail(
                    map.places.location(of: "post"),
                    "'post' is for a seat with no person named, but this member has a name.",
                    hint: "Write the post as their `role:`, or remove `name:` if no person is named.")
                map.markReported("post")
            }
        }
        var partners: [(text: String, location: SourceLocation)] = []
        if map.value("partner") == nil {
            map.missing(
                "partner", example: "    partner: brackenmoor-council", why: "Say which partner the member represents.",
                rule: "BOARD-RELEVANT-PARTNERS")
        } else {
            partners = map.texts("partner", rule: "BOARD-RELEVANT-PARTNERS") ?? []
            // An empty list names no partner: as if `partner:` were left out.
            if partners.isEmpty, !map.places.isReported("partner") {
                map.missing(
                    "partner", example: "    partner: brackenmoor-council",
                    why: "Say which partner the member represents.", rule: "BOARD-RELEVANT-PARTNERS")
            }
        }
        let position = map.choice("position", Member.Position.self, rule: "BOARD-CHAIR")
        let positionUnread = map.places.isReported("position")
        let standsInFor = map.string("for")
        if position == .substitute, standsInFor == nil, !map.places.isReported("for") {
            map.missing(
                "for", example: "    for: Dr Amara Okafor", why: "A substitute stands in for a named member.")
        } else if standsInFor != nil, !positionUnread, case let position = position ?? .member, position != .substitute
        {
            map.value("for")?.fail(
                map.places.location(of: "for"),
                "'for' names the member a substitute stands in for, but this member's position is \(position.rawValue).",
                hint: "Write `position: substitute`, or remove `for:`.")
        }
        let statutoryRole = map.value("statutory_role").flatMap { value in
            let role = StatutoryRoleReader().role(value)
            if role == nil { map.markReported("statutory_role") }
            return role
        }
        guard let name, let role, !partners.isEmpty else {
            return .unloaded(
                UnloadedMember(
                    partnerID: partners.first?.text, mayBeChair: position?.chairs == true || positionUnread))
        }
        return .loaded(
            Member(
                name: name, role: role, partnerIDs: partners.map(\.text), partnerLocations: partners.map(\.location),
                position: position ?? .member, location: map.location, places: map.places,
                statutoryRole: statutoryRole, post: map.value("name") == nil ? post : nil,
                standsInFor: position == .substitute ? standsInFor : nil))
    }

    private func subgroup(_ value: YAMLValue) -> Subgroup? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        // Every key is read before anything is left out: none of them is then "unknown".
        let name = map.requiredString("name", example: "  - name: Early Help Partnership", why: "Name the sub-group.")
        let purpose = map.string("purpose")
        let chair = map.string("chair")
        guard let name else { return nil }
        return Subgroup(name: name, purpose: purpose, chair: chair, location: map.location, places: map.places)
    }

    private func lscb(_ map: YAMLMapping, in board: YAMLMapping) -> LSCBRelationship? {
        defer { map.reportUnknownKeys() }
        let name = map.requiredString(
            "name", example: "  name: Brackenmoor Local Safeguarding Children Board", why: "Name the LSCB.")
        let relationship = map.string("relationship")
        let url = map.string("url")
        guard let name else {
            board.markReported("lscb")
            return nil
        }
        return LSCBRelationship(
            name: name, relationship: relationship, url: url, location: map.location, places: map.places)
    }
}

/// An item of a list: loaded, or what is known of it when it could not be (the loader has said why).
private enum Loading<Item, Unloaded> {
    case loaded(Item)
    case unloaded(Unloaded)
}
