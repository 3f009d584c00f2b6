import Testing

@testable import TrustsiteCore

/// The job-title fallback for statutory roles (`RoleTitles.all`), entry by entry, and the real
/// variety of titles councils and the NHS use.
@Suite struct RoleTitlesTests {
    static func shows(_ role: StatutoryRole, _ title: String) -> Bool {
        RoleTitles.entry(role).titleShows(title)
    }

    /// Each `shows` phrase, written as a title (a `…` left out, and again filled with two words), shows its role.
    @Test(arguments: RoleTitles.all.flatMap { entry in entry.shows.map { (entry.role, $0) } })
    func everyShowingPhraseShowsItsRole(_ role: StatutoryRole, _ phrase: String) {
        let tight = phrase.replacingOccurrences(of: " … ", with: " for ")
        #expect(Self.shows(role, tight), "\(tight)")
        if phrase.contains("…") {
            let loose = phrase.replacingOccurrences(of: " … ", with: " for Education and ")
            #expect(Self.shows(role, loose), "\(loose)")
        }
    }

    @Test(arguments: RoleTitles.all.flatMap { entry in entry.wholeTitles.map { (entry.role, $0) } })
    func everyWholeTitleShowsItsRoleOnlyOnItsOwn(_ role: StatutoryRole, _ title: String) {
        #expect(Self.shows(role, title))
        #expect(Self.shows(role, title.uppercased() + "."))
        #expect(!Self.shows(role, title + " for Highways"), "\(title) for Highways")
    }

    /// For each phrase that rules a title out: a title that a showing phrase matches, and that
    /// the ruling-out phrase turns down.
    static let ruledOut: [StatutoryRole: [String: String]] = [
        .directorOfChildrensServices: [
            "Deputy Director": "Deputy Director of Children's Services",
            "Assistant Director": "Assistant Director, Children's Services",
            "Associate Director": "Associate Director of Children and Families",
            "Service Director": "Service Director, Children and Young People",
            "Operational Director": "Operational Director, Children's Services",
            "Divisional Director": "Divisional Director, Children and Families",
            "Deputy DCS": "Deputy DCS",
            "Assistant DCS": "Assistant DCS (Education)",
            "PA to the Director": "PA to the Director of Children's Services",
            "Adviser to the Director": "Adviser to the Director of Children's Services",
            "Director of Children's Social Care": "Director of Children's Social Care",
            "Director of Children's Safeguarding": "Director of Children's Safeguarding and Quality",
            "Director of Children's Centre": "Director of Children's Centre, Northgate",
            "Director of Children's Centres": "Director of Children's Centres",
            "Director of Children's Health": "Director of Children's Health",
            "Director of Children's Commissioning": "Director of Children's Commissioning",
            "Director of People and Culture": "Director of People and Culture",
            "Director of People and Organisational Development": "Director of People and Organisational Development",
            "Director of People and OD": "Director of People & OD",
            "Director of People and HR": "Director of People and HR",
        ],
        .leadMember: [
            "Deputy Lead Member": "Deputy Lead Member for Children's Services",
            "Deputy Cabinet Member": "Deputy Cabinet Member for Children and Young People",
            "Deputy Executive Member": "Deputy Executive Member for Children",
            "Deputy Portfolio Holder": "Deputy Portfolio Holder for Children's Services",
            "Assistant Cabinet Member": "Assistant Cabinet Member for Children",
            "Assistant Portfolio Holder": "Assistant Portfolio Holder, Children and Young People",
            "Shadow": "Shadow Cabinet Member for Children",
            "Opposition": "Opposition Lead Member for Children's Services",
        ],
        .leadGP: [
            "Practice Manager": "GP Practice Manager",
            "Practice Nurse": "Practice Nurse, Northgate GP Surgery",
        ],
    ]

    @Test func everyRulingOutPhraseHasAnExample() {
        for entry in RoleTitles.all {
            #expect(Set(Self.ruledOut[entry.role]?.keys.map { $0 } ?? []) == Set(entry.rulesOut), "\(entry.role)")
        }
    }

    @Test(
        arguments: RoleTitlesTests.ruledOut.flatMap { role, examples in
            examples.map { (role: role, phrase: $0.key, title: $0.value) }
        }
    )
    func everyRulingOutPhraseTurnsDownATitleThatWouldShowTheRole(
        _ example: (role: StatutoryRole, phrase: String, title: String)
    ) {
        let (role, phrase, title) = example
        let entry = RoleTitles.entry(role)
        let words = RoleTitles.words(title)
        #expect(entry.shows.contains { RoleTitles.contains(words, RoleTitles.words($0)) }, "\(title)")
        #expect(RoleTitles.contains(words, RoleTitles.words(phrase)), "\(title)")
        #expect(!Self.shows(role, title), "\(title)")
    }

    // MARK: The real variety

    @Test(arguments: [
        "Director of Children's Services", "Director of Children\u{2019}s Services", "Director of Childrens Services",
        "Director for Children's Services", "Director, Children's Services", "DIRECTOR OF CHILDREN'S SERVICES",
        "Interim Director of Children's Services", "Acting Director of Children's Services", "DCS",
        "Director of Children's Services (DCS)", "Director of Children, Schools and Families",
        "Strategic Director, Children and Enterprise", "Corporate Director, Children and Young People",
        "Corporate Director for Children and Young People's Services", "Executive Director of People",
        "Strategic Director, People", "Director of Children and Families", "Executive Director, Children's Services",
        "Director of Children, Young People and Learning", "Director of Education and Children's Services",
        "Director of Learning and Children's Services", "Children's Services Director",
        "Deputy Chief Executive and Director of Children's Services",
        "Director of Children's Services and Deputy Chief Executive", "Director of Children and Adult Services",
        "Chief Officer, Children's Services",
    ])
    func directorsOfChildrensServices(_ title: String) {
        #expect(Self.shows(.directorOfChildrensServices, title))
    }

    @Test(arguments: [
        "Deputy Director of Children's Services", "Assistant Director, Children's Services",
        "Assistant Director, Education and Skills (including 16 to 19 education and training)",
        "Headteacher of Northgate Children's Centre", "Head of Children's Centre", "Children's Centre Manager",
        "Head of Children's Services", "Director of Public Health", "Chief Executive", "Director of Education",
        "Director of Children's Social Care", "Lead Member for Children's Services", "Director of Finance",
        "Children's Services Manager", "Director of Adult Social Services", "Director of People and Culture",
    ])
    func notDirectorsOfChildrensServices(_ title: String) {
        #expect(!Self.shows(.directorOfChildrensServices, title))
    }

    @Test(arguments: [
        "Lead Member for Children's Services", "Lead Member for Children and Young People",
        "Executive Member for Children", "Executive Member for Children and Young People",
        "Portfolio Holder for Children's Services", "Portfolio Holder, Children and Young People",
        "Portfolio Holder", "Cabinet Member for Children's Services", "Cabinet Member for Children and Families",
        "Cabinet Member for Education and Children's Services", "Cabinet Member for Young People",
        "Deputy Leader and Cabinet Member for Children's Services", "Lead Councillor for Children",
        "Executive Councillor for Children's Services", "Cabinet Lead for Children and Young People",
        "Lead Member", "Cabinet Member",
    ])
    func leadMembers(_ title: String) {
        #expect(Self.shows(.leadMember, title))
    }

    @Test(arguments: [
        "Councillor", "Cabinet Member for Housing", "Portfolio Holder for Finance", "Lead Member for Highways",
        "Leader of the Council", "Deputy Cabinet Member for Children", "Shadow Cabinet Member for Children",
        "Chair of the Children and Young People Scrutiny Committee", "Director of Children's Services",
    ])
    func notLeadMembers(_ title: String) {
        #expect(!Self.shows(.leadMember, title))
    }

    @Test(arguments: [
        "Chief Executive, NHS Brackenmoor", "Chief Executive", "Director of Commissioning", "Chief Nurse",
        "Chief Nursing Officer and Executive Lead for Children's Health", "Director of Public Health",
        "Director of Nursing", "Medical Director", "Associate Director of Commissioning (Children)",
        "Director of Children's and Families' Services", "Chief Operating Officer", "Accountable Officer",
        "Executive Nurse", "Chief Officer, Brackenmoor Integrated Care Board", "Clinical Director",
    ])
    func seniorHealthTitles(_ title: String) {
        #expect(Self.shows(.seniorHealthLead, title))
    }

    @Test(arguments: [
        "Named Nurse for Safeguarding Children", "Designated Doctor for Safeguarding", "Health Visitor",
        "Head of Children's Commissioning", "Consultant Paediatrician", "School Nursing Team Leader",
        "Children's Commissioning Manager",
    ])
    func notSeniorHealthTitles(_ title: String) {
        #expect(!Self.shows(.seniorHealthLead, title))
    }

    @Test(arguments: [
        "Lead GP for Children and Young People", "GP", "GP Lead for Children", "Named GP for Safeguarding",
        "Chair, Professional Executive Committee", "Clinical Lead, Practice-Based Commissioning",
        "General Practitioner", "Clinical Lead for General Practice", "Representative of local GPs",
    ])
    func leadGPTitles(_ title: String) {
        #expect(Self.shows(.leadGP, title))
    }

    @Test(arguments: [
        "GP Practice Manager", "Consultant Paediatrician", "Director of Public Health", "LGPS Pensions Officer",
        "Practice Nurse",
    ])
    func notLeadGPTitles(_ title: String) {
        #expect(!Self.shows(.leadGP, title))
    }

    // MARK: Words

    @Test func titlesAreComparedAsWords() {
        #expect(RoleTitles.words("Director of Children’s Services") == ["director", "children", "services"])
        #expect(RoleTitles.words("People & OD") == ["people", "od"])
        #expect(RoleTitles.words("Cabinet Member … Children") == ["cabinet", "member", "…", "children"])
        // A gap is at most three words.
        #expect(Self.shows(.leadMember, "Cabinet Member for Adults, Health and Children"))
        #expect(Self.shows(.leadMember, "Cabinet Member for Adults, Health, Housing and Children"))
        #expect(!Self.shows(.leadMember, "Cabinet Member for Adults, Health, Housing, Leisure and Children"))
    }
}
