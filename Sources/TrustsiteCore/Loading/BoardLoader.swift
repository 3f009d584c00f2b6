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
        for item in map.list("members", rule: "SITE-PUBLISHED-SET") ?? [] {
            switch member(item) {
            case .loaded(let member): members.append(member)
            case .unloaded(let unloaded): unloadedMembers.append(unloaded)
            }
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

    private func member(_ value: YAMLValue) -> Loading<Member, UnloadedMember> {
        guard let map = value.mapping() else { return .unloaded(UnloadedMember(partnerID: nil, mayBeChair: true)) }
        defer { map.reportUnknownKeys() }
        let name = map.requiredString("name", example: "  - name: Dr Amara Okafor", why: "Members are named.")
        let role = map.requiredString(
            "role", example: "    role: Director of Children's Services", why: "Say what the member does.")
        let partner = map.requiredString(
            "partner", example: "    partner: brackenmoor-council", why: "Say which partner the member represents.",
            rule: "BOARD-RELEVANT-PARTNERS")
        let position = map.choice("position", Member.Position.self, rule: "BOARD-CHAIR")
        let positionUnread = map.places.isReported("position")
        let statutoryRole = map.value("statutory_role").flatMap { value in
            let role = StatutoryRoleReader().role(value)
            if role == nil { map.markReported("statutory_role") }
            return role
        }
        guard let name, let role, let partner else {
            return .unloaded(UnloadedMember(partnerID: partner, mayBeChair: position == .chair || positionUnread))
        }
        return .loaded(
            Member(
                name: name, role: role, partnerID: partner, position: position ?? .member, location: map.location,
                places: map.places, statutoryRole: statutoryRole))
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
