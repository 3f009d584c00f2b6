/// The controlled vocabulary of partner types on a Children's Trust Board.
public enum PartnerType: String, Sendable, Hashable, CaseIterable, Comparable {
    case localAuthority = "local-authority"
    case districtCouncil = "district-council"
    case police
    case probation
    case youthOffendingTeam = "youth-offending-team"
    case health
    case connexions
    case learningAndSkillsCouncil = "learning-and-skills-council"
    case school
    case academy
    case specialSchoolOrPRU = "special-school-or-pru"
    case feCollege = "fe-college"
    case sixthFormCollege = "sixth-form-college"
    case jobcentrePlus = "jobcentre-plus"
    case thirdSector = "third-sector"
    case privateSector = "private-sector"
    case lscb
    case childrenAndYoungPeople = "children-and-young-people"
    case parentsAndCarers = "parents-and-carers"
    case gp

    /// How the type is named on the Board page (plural, as a group heading).
    public var label: String {
        switch self {
        case .localAuthority: "Local authority"
        case .districtCouncil: "District councils"
        case .police: "Police"
        case .probation: "Probation"
        case .youthOffendingTeam: "Youth offending team"
        case .health: "Health"
        case .connexions: "Connexions"
        case .learningAndSkillsCouncil: "Learning and Skills Council"
        case .school: "Schools"
        case .academy: "Academies"
        case .specialSchoolOrPRU: "Special schools and pupil referral units"
        case .feCollege: "Further education colleges"
        case .sixthFormCollege: "Sixth-form colleges"
        case .jobcentrePlus: "Jobcentre Plus"
        case .thirdSector: "Voluntary and community sector"
        case .privateSector: "Private sector"
        case .lscb: "Local Safeguarding Children Board"
        case .childrenAndYoungPeople: "Children and young people"
        case .parentsAndCarers: "Parents and carers"
        case .gp: "GPs"
        }
    }

    /// The type in a sentence: "no member represents the police".
    public var phrase: String {
        switch self {
        case .police, .probation, .youthOffendingTeam, .lscb, .privateSector, .thirdSector:
            "the " + label.prefix(1).lowercased() + label.dropFirst()
        case .learningAndSkillsCouncil: "the " + label
        case .jobcentrePlus, .connexions: label
        default: label.prefix(1).lowercased() + label.dropFirst()
        }
    }

    public static func < (lhs: PartnerType, rhs: PartnerType) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
