import Testing

@testable import TrustsiteCore

/// `statutory_role:` on Board members: how it is read, and how BOARD-LA and BOARD-HEALTH-SENIOR
/// use it before the job title, and name the likeliest member when no one holds a post.
@Suite struct StatutoryRoleTests {
    static let board = "content/board/board.yml"
    static let samAsh =
        "  - { name: Sam Ash, role: Director of Children's Services, partner: fernlow-council, position: chair }"
    static let aliBirch =
        "  - { name: Ali Birch, role: Lead Member for Children, partner: fernlow-council, position: vice-chair }"
    static let patFir = "  - { name: Pat Fir, role: Director of Nursing, partner: fernlow-health }"

    static let addCouncilMember = """
        If neither post is on the Board, add the partner and its member to content/board/board.yml:
            partners:
              - id: (partner id)
                name: (organisation)
                type: local-authority
            members:
              - name: (name)
                role: Director of Children's Services
                partner: (partner id)
        """

    // MARK: Reading

    @Test func theRoleIsReadInAnyCaseOrSpacing() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "partner: fernlow-gp }", with: "partner: fernlow-gp, statutory_role: Lead GP }", in: Self.board)
        try site.replace(
            "partner: fernlow-council, position: chair }",
            with: "partner: fernlow-council, position: chair, statutory_role: director_of_children's_services }",
            in: Self.board)
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        let members = try #require(content?.board?.members)
        #expect(members.first { $0.name == "Dr Ray Gorse" }?.statutoryRole == .leadGP)
        #expect(members.first { $0.name == "Sam Ash" }?.statutoryRole == .directorOfChildrensServices)
        #expect(members.first { $0.name == "Jo Cedar" }?.statutoryRole == nil)
    }

    @Test func anUnknownRoleIsAnErrorAtItsLineWithTheRoleItLikelyMeans() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "partner: fernlow-council, position: chair }",
            with: "partner: fernlow-council, position: chair, statutory_role: DCS }", in: Self.board)
        try site.replace(
            "partner: fernlow-council, position: vice-chair }",
            with: "partner: fernlow-council, position: vice-chair, statutory_role: lead-membr }", in: Self.board)
        let errors = site.load().1.filter { $0.severity == .error }
        #expect(
            errors.map(\.formatted.headlineOnly) == [
                "content/board/board.yml:21:120: error[BOARD-LA]: 'members[1].statutory_role' is 'DCS', which is not a statutory role trustsite knows.",
                "content/board/board.yml:22:120: error[BOARD-LA]: 'members[2].statutory_role' is 'lead-membr', which is not a statutory role trustsite knows.",
            ])
        #expect(
            errors.first?.hint == """
                Did you mean 'director-of-childrens-services'? Use one of:
                    director-of-childrens-services: the director of children's services (BOARD-LA)
                    lead-member: the lead member for children's services (BOARD-LA)
                    senior-health-lead: the senior health representative accountable for children's health (BOARD-HEALTH-SENIOR)
                    lead-gp: the lead GP (BOARD-HEALTH-SENIOR)
                A member who holds none of these needs no `statutory_role:`.
                """)
        #expect(errors.last?.hint?.hasPrefix("Did you mean 'lead-member'? ") == true)
    }

    // MARK: BOARD-LA

    @Test func aDeclaredDirectorCountsWhateverTheTitle() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                Self.samAsh,
                with:
                    "  - { name: Sam Ash, role: \"Strategic Director, Families and Learning\", partner: fernlow-council, position: chair, statutory_role: director-of-childrens-services }",
                in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    @Test func aDeclaredLeadMemberCountsWhateverTheTitle() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace("role: Director of Children's Services", with: "role: Chief Executive", in: Self.board)
            try site.replace(
                Self.aliBirch,
                with:
                    "  - { name: Ali Birch, role: Councillor, partner: fernlow-council, position: vice-chair, statutory_role: lead-member }",
                in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    @Test func theHintNamesTheMemberWhoseTitleLooksClosestAtTheirLine() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                Self.samAsh,
                with:
                    "  - { name: Sam Ash, role: \"Strategic Director, Families and Learning\", partner: fernlow-council, position: chair }",
                in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:21:5: error[BOARD-LA]: neither the Director of Children's Services nor the Lead Member for children's services is a member."
            ])
        #expect(
            findings.first?.hint
                == "Is Sam Ash (Strategic Director, Families and Learning) the director of children's services? "
                + "Add `statutory_role: director-of-childrens-services` inside the braces on line 21 of content/board/board.yml.\n"
                + Self.addCouncilMember)
    }

    @Test func inABlockTheHintSaysToAddTheLineUnderTheRole() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                Self.samAsh,
                with: """
                      - name: Sam Ash
                        role: Executive Director, Families and Learning
                        partner: fernlow-council
                        position: chair
                    """, in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        #expect(findings.map(\.location.description) == ["content/board/board.yml:21:5"])
        #expect(
            findings.first?.hint?.hasPrefix(
                "Is Sam Ash (Executive Director, Families and Learning) the director of children's services? "
                    + "Add `statutory_role: director-of-childrens-services` under line 22 of content/board/board.yml.\n"
            )
                == true)
    }

    @Test func aMemberDeclaredInAnotherRoleIsNotReadByTitle() throws {
        // Sam Ash's title says Director of Children's Services, but the Board says Sam is the lead GP.
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                "partner: fernlow-council, position: chair }",
                with: "partner: fernlow-council, position: chair, statutory_role: lead-gp }", in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        #expect(findings.map(\.location.description) == ["content/board/board.yml:22:5"])
        #expect(
            findings.first?.hint?.hasPrefix(
                "Is Ali Birch (Councillor) the lead member for children's services? "
                    + "Add `statutory_role: lead-member` inside the braces on line 22 of content/board/board.yml.\n")
                == true)
    }

    @Test func realTitlesOfDirectorsAndLeadMembersPass() throws {
        for (director, leadMember) in [
            ("\"Director of Children, Schools and Families\"", "Councillor"),
            ("\"Strategic Director, Children and Enterprise\"", "Councillor"),
            ("\"Corporate Director, Children and Young People\"", "Councillor"),
            ("Chief Executive", "Executive Member for Children"),
            ("Chief Executive", "Portfolio Holder"),
            ("Chief Executive", "Cabinet Member for Children's Services"),
        ] {
            let findings = try checkedFixture("BOARD-LA") { site in
                try site.replace(
                    "role: Director of Children's Services", with: "role: \(director)", in: Self.board)
                try site.replace("role: Lead Member for Children", with: "role: \(leadMember)", in: Self.board)
            }
            #expect(findings.isEmpty, "\(director), \(leadMember)")
        }
    }

    @Test func aDeputyDirectorIsNotTheDirector() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                "role: Director of Children's Services", with: "role: Deputy Director of Children's Services",
                in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Councillor", in: Self.board)
        }
        #expect(findings.map(\.location.description) == ["content/board/board.yml:22:5"])
        // The deputy is not asked about while a member's title looks like the other post.
        #expect(findings.first?.hint?.hasPrefix("Is Ali Birch (Councillor) the lead member") == true)
    }

    @Test func aDeputyDirectorIsAskedAboutWhenNoOtherTitleLooksLikeAPost() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                "role: Director of Children's Services", with: "role: Deputy Director of Children's Services",
                in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Head of Finance", in: Self.board)
        }
        #expect(
            findings.first?.hint?.hasPrefix(
                "Is Sam Ash (Deputy Director of Children's Services) the director of children's services? ") == true)
    }

    @Test func anAssistantDirectorIsSuggestedOnlyWhenNoOtherTitleLooksLikeThePost() throws {
        let findings = try checkedFixture("BOARD-LA") { site in
            try site.replace(
                "role: Director of Children's Services", with: "role: \"Assistant Director, Education and Learning\"",
                in: Self.board)
            try site.replace("role: Lead Member for Children", with: "role: Director", in: Self.board)
        }
        #expect(
            findings.first?.hint?.hasPrefix("Is Ali Birch (Director) the director of children's services? ") == true)
    }

    // MARK: BOARD-HEALTH-SENIOR

    static let addHealthMember = """
        If not, add the partner and its member to content/board/board.yml:
            partners:
              - id: (partner id)
                name: (organisation)
                type: health
            members:
              - name: (name)
                role: Director of Nursing, accountable for children's health
                partner: (partner id)
        """

    @Test func aHealthMemberWithoutASeniorTitleIsAskedAbout() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR") { site in
            try site.replace("role: Director of Nursing", with: "role: Named Nurse for Safeguarding", in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:26:5: warning[BOARD-HEALTH-SENIOR]: no senior health representative sits on the Board."
            ])
        #expect(
            findings.first?.hint
                == "Is Pat Fir (Named Nurse for Safeguarding) the senior health representative accountable for children's health? "
                + "Add `statutory_role: senior-health-lead` inside the braces on line 26 of content/board/board.yml.\n"
                + Self.addHealthMember)
    }

    @Test func aDeclaredSeniorHealthLeadCountsWhateverTheTitleOrPartner() throws {
        #expect(
            try checkedFixture("BOARD-HEALTH-SENIOR") { site in
                try site.replace(
                    Self.patFir,
                    with:
                        "  - { name: Pat Fir, role: Named Nurse for Safeguarding, partner: fernlow-health, statutory_role: senior-health-lead }",
                    in: Self.board)
            }.isEmpty)
        // The Director of Public Health, sitting for the council, named as the senior health lead.
        #expect(
            try checkedFixture("BOARD-HEALTH-SENIOR") { site in
                try site.replace(
                    Self.patFir,
                    with:
                        "  - { name: Pat Fir, role: Director of Public Health, partner: fernlow-council, statutory_role: senior-health-lead }",
                    in: Self.board)
            }.isEmpty)
    }

    @Test func aDeclaredLeadGPCountsWithoutAGPPartner() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR") { site in
            try site.removeLines(containing: "name: Dr Ray Gorse,", in: Self.board)
            try site.replace(
                Self.patFir,
                with: Self.patFir + "\n"
                    + "  - { name: Dr Kay Lime, role: Clinical Lead for Children, partner: fernlow-health, statutory_role: lead-gp }",
                in: Self.board)
        }
        #expect(findings.isEmpty)
    }

    @Test func theLikeliestLeadGPIsAskedAbout() throws {
        let findings = try checkedFixture("BOARD-HEALTH-SENIOR") { site in
            try site.removeLines(containing: "name: Dr Ray Gorse,", in: Self.board)
            try site.replace(
                Self.patFir,
                with: Self.patFir + "\n"
                    + "  - { name: Dr Kay Lime, role: Consultant Paediatrician, partner: fernlow-health }",
                in: Self.board)
        }
        #expect(
            findings.map(\.headline) == [
                "content/board/board.yml:27:5: warning[BOARD-HEALTH-SENIOR]: no lead GP sits on the Board."
            ])
        #expect(
            findings.first?.hint?.hasPrefix(
                "Is Dr Kay Lime (Consultant Paediatrician) the lead GP? "
                    + "Add `statutory_role: lead-gp` inside the braces on line 27 of content/board/board.yml.\n"
                    + "If not, add the partner and its member to content/board/board.yml:\n") == true)
    }
}

extension String {
    /// The first line of a formatted diagnostic.
    fileprivate var headlineOnly: String { split(separator: "\n").first.map(String.init) ?? self }
}
