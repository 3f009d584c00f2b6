/// Reads the Board: `content/board/board.yml` and the optional `content/board/index.md`.
struct BoardLoader {
    static let dataPath = "content/board/board.yml"
    let context: LoadContext

    func load() -> Board? {
        guard context.exists(Self.dataPath) else { return nil }
        let loader = DocumentLoader(context: context)
        guard let map = loader.loadData(Self.dataPath, expected: "the Board's partners and members.") else {
            return nil
        }
        defer { map.reportUnknownKeys() }
        let intro =
            context.exists("content/board/index.md")
            ? loader.load("content/board/index.md", expected: "the Board page's introduction.") : nil
        intro?.frontMatter.reportUnknownKeys()
        return Board(
            document: intro?.document,
            partners: (map.list("partners") ?? []).compactMap(partner),
            members: (map.list("members") ?? []).compactMap(member),
            subgroups: (map.list("subgroups") ?? []).compactMap(subgroup),
            lscb: map.mapping("lscb").flatMap(lscb),
            voice: map.string("voice"),
            updated: map.day("updated") ?? intro?.document.updated,
            location: SourceLocation(file: Self.dataPath),
            fields: map.fieldLocations
        )
    }

    private func partner(_ value: YAMLValue) -> Partner? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        let id = map.requiredString(
            "id", example: "  - id: brackenmoor-council", why: "Actions and members refer to partners by id.")
        let name = map.requiredString(
            "name", example: "    name: Brackenmoor Borough Council", why: "The Board page names every partner.")
        guard let typeValue = map.value("type") else {
            map.missing(
                "type", example: "    type: local-authority",
                why: "The partner type shows which statutory partners sit on the Board.")
            return nil
        }
        guard let id, let name, let type = typeValue.choice(PartnerType.self) else { return nil }
        return Partner(id: id, name: name, type: type, location: value.location)
    }

    private func member(_ value: YAMLValue) -> Member? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        let name = map.requiredString("name", example: "  - name: Dr Amara Okafor", why: "Members are named.")
        let role = map.requiredString(
            "role", example: "    role: Director of Children's Services", why: "Say what the member does.")
        let partner = map.requiredString(
            "partner", example: "    partner: brackenmoor-council", why: "Say which partner the member represents.")
        let position = map.value("position")?.choice(Member.Position.self) ?? .member
        let statutoryRole = map.value("statutory_role").flatMap(StatutoryRoleReader(log: context.log).role)
        guard let name, let role, let partner else { return nil }
        return Member(
            name: name, role: role, partnerID: partner, position: position, location: value.location,
            statutoryRole: statutoryRole, roleLocation: map.location(of: "role"), fields: map.fieldLocations)
    }

    private func subgroup(_ value: YAMLValue) -> Subgroup? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        guard
            let name = map.requiredString(
                "name", example: "  - name: Early Help Partnership", why: "Name the sub-group.")
        else { return nil }
        return Subgroup(
            name: name, purpose: map.string("purpose"), chair: map.string("chair"), location: value.location,
            fields: map.fieldLocations)
    }

    private func lscb(_ map: YAMLMapping) -> LSCBRelationship? {
        defer { map.reportUnknownKeys() }
        guard
            let name = map.requiredString(
                "name", example: "  name: Brackenmoor Local Safeguarding Children Board", why: "Name the LSCB.")
        else { return nil }
        return LSCBRelationship(
            name: name, relationship: map.string("relationship"), url: map.string("url"), location: map.location,
            fields: map.fieldLocations)
    }
}
