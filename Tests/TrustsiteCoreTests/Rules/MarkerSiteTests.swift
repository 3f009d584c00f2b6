import Foundation
import Testing

@testable import TrustsiteCore

/// Markers on whole sites: heading words count only in the documents where the section belongs,
/// a plan and a review worded as real councils word them pass, and a missing section's message
/// names the headings nearest to it.
@Suite struct MarkerSiteTests {
    static let plan = "content/plan/index.md"
    static let sections = "content/plan/sections"
    static let review = "content/reviews/2025-26.md"
    static let planText = "We listened to children, parents and carers.\n"

    /// The findings of every rule that looks for a marker.
    static let markerRules = [
        "PLAN-NEEDS-ANALYSIS", "PLAN-SAFEGUARDING", "PLAN-LSCB-CONSULTED", "PLAN-CONSULTATION",
        "PLAN-EARLY-INTERVENTION", "PLAN-WORKFORCE", "PLAN-CHILD-POVERTY", "PLAN-14-19", "PLAN-ALIGNMENT",
        "PLAN-EQUALITY", "PLAN-YOUNG-PEOPLE-SUMMARY", "REVIEW-MORE-TO-DO", "REVIEW-HAVE-YOUR-SAY",
        "REVIEW-LSCB-RESPONSE", "REVIEW-ACCESSIBLE", "OFFER-WHAT-TO-EXPECT", "OFFER-YOUTH",
    ]

    static func markerFindings(_ change: (TestSite) throws -> Void) throws -> [Diagnostic] {
        try checkedFixture(nil, change).filter { markerRules.contains($0.ruleID ?? "") }
    }

    /// Removes every section of the plan, so that only the overview and the priorities are left.
    static func removeAllSections(_ site: TestSite) throws {
        let folder = site.root.appending(path: sections)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try site.remove("\(sections)/\(name)")
        }
    }

    // MARK: Where heading words count

    /// Deleting the safeguarding chapter is noticed though a priority's title says "keeping children safe".
    @Test func aPriorityTitleDoesNotStandForTheSafeguardingChapter() throws {
        let findings = try checkedFixture("PLAN-SAFEGUARDING") { site in
            try site.remove("\(Self.sections)/safeguarding.md")
            try site.replace(
                "title: Healthy and safe children", with: "title: Keeping children safe from harm",
                in: "content/plan/priorities/p1-health.md")
        }
        #expect(
            findings.map(\.headline) == [
                "content/plan/index.md:1:1: error[PLAN-SAFEGUARDING]: the plan has no section marked as a section on safeguarding arrangements (marker `safeguarding`)."
            ])
    }

    /// A priority that declares the marker still counts: declared markers count wherever the rule looks.
    @Test func aPriorityThatDeclaresSafeguardingCounts() throws {
        let findings = try checkedFixture("PLAN-SAFEGUARDING") { site in
            try site.remove("\(Self.sections)/safeguarding.md")
            try site.replace(
                "order: 1\n", with: "order: 1\ncovers: [safeguarding]\n", in: "content/plan/priorities/p1-health.md")
        }
        #expect(findings.isEmpty)
    }

    @Test func whatInspectorsToldUsIsNotAConsultation() throws {
        let findings = try checkedFixture("PLAN-CONSULTATION") { site in
            try site.remove("\(Self.sections)/consultation.md")
            try site.replace(
                Self.planText, with: Self.planText + "\n## What inspectors told us\n\nGood progress.\n", in: Self.plan)
        }
        #expect(findings.map(\.ruleID) == ["PLAN-CONSULTATION"])
        // Not near enough to be named either.
        #expect(findings.first?.hint?.hasPrefix("Add a heading with the marker") == true)
    }

    /// Child poverty may be met by a priority, as real plans do.
    @Test func aPriorityOnPovertyIsTheChildPovertySection() throws {
        let findings = try checkedFixture("PLAN-CHILD-POVERTY") { site in
            try site.remove("\(Self.sections)/child-poverty.md")
            try site.replace(
                "title: Learning, taking part and work",
                with: "title: Children and young people thrive in spite of poverty",
                in: "content/plan/priorities/p2-learning.md")
        }
        #expect(findings.isEmpty)
    }

    @Test func aPriorityHeadingDoesNotStandForTheConsultation() throws {
        let findings = try checkedFixture("PLAN-CONSULTATION") { site in
            try site.remove("\(Self.sections)/consultation.md")
            try site.write(
                "content/plan/priorities/p1-health.md",
                try site.read("content/plan/priorities/p1-health.md")
                    + "\n## What children and families told us\n\nMore help sooner.\n")
        }
        #expect(findings.map(\.ruleID) == ["PLAN-CONSULTATION"])
    }

    // MARK: Real plans

    /// A plan with no section files, its chapters titled as published plans title them: every
    /// section is found.
    @Test func aPlanWordedAsRealPlansAreHasEverySection() throws {
        let chapters = [
            "Key drivers for the Children & Young People’s Plan", "Vision & Values",
            "The Needs of Children and Young People in Fernlow", "Analysis of needs and the five outcomes",
            "What children, young people, parents and carers told us", "Working together to safeguard children",
            "How the Local Safeguarding Children Board was consulted", "Earliest intervention and children’s centres",
            "Workforce Development and Reform", "Child and family poverty", "Learning 14–19",
            "Links to Fernlow 2021 and the Local Area Agreement", "Equality & diversity",
            "The plan in short, for children and young people",
        ]
        let findings = try Self.markerFindings { site in
            try Self.removeAllSections(site)
            try site.replace(
                Self.planText, with: Self.planText + chapters.map { "\n## \($0)\n\nText.\n" }.joined(), in: Self.plan)
        }
        #expect(findings.map(\.headline) == [])
    }

    @Test func aReviewWordedAsRealReviewsAreHasEverySection() throws {
        let findings = try Self.markerFindings { site in
            for (old, new) in [
                ("## Where there is more to do {#more-to-do}", "## Future challenges"),
                ("## Have your say {#have-your-say}", "## Your views matter"),
                (
                    "## Our response to the LSCB annual report {#lscb-response}",
                    "## Response to the Local Safeguarding Children Board’s annual report"
                ),
                ("## Summary for parents and young people {#summary}", "## A summary of the year for parents"),
            ] {
                try site.replace(old, with: new, in: Self.review)
            }
        }
        #expect(findings.map(\.headline) == [])
    }

    @Test func anOfferPageWordedAsRealOnesAreHasBothSections() throws {
        let findings = try Self.markerFindings { site in
            try site.write(
                "content/offer/index.md",
                "---\ntitle: Help for families\n---\n## What children’s centres offer families\n\nText.\n\n"
                    + "## Places to go and things to do\n\nText.\n")
        }
        #expect(findings.map(\.headline) == [])
    }

    // MARK: The nearest headings

    @Test func aMissingSectionNamesTheNearestHeadingWithTheIDToAdd() throws {
        let findings = try checkedFixture("PLAN-CONSULTATION") { site in
            try site.remove("\(Self.sections)/consultation.md")
            try site.replace(
                Self.planText, with: Self.planText + "\n## Consultation and participation\n\nText.\n", in: Self.plan)
        }
        #expect(
            findings.first?.hint == """
                Did you mean `## Consultation and participation` (content/plan/index.md line 18)? If it is this section, add `{#consultation}` to it:
                    ## Consultation and participation {#consultation}
                Otherwise: Add a heading with the marker to content/plan/index.md:
                    ## What you told us {#consultation}
                or create content/plan/sections/consultation.md:
                    ---
                    title: What you told us
                    covers: [consultation]
                    ---
                    (the section's text)
                or, if the page already has this section, add `consultation` to its front matter's `covers:` list.
                """)
    }

    @Test func followingTheSuggestionSatisfiesTheRule() throws {
        let findings = try checkedFixture("PLAN-CONSULTATION") { site in
            try site.remove("\(Self.sections)/consultation.md")
            try site.replace(
                Self.planText, with: Self.planText + "\n## Consultation and participation {#consultation}\n\nText.\n",
                in: Self.plan)
        }
        #expect(findings.isEmpty)
    }

    @Test func aSectionFileUnderAnotherTitleIsNamedWithItsCoversLine() throws {
        let findings = try checkedFixture("PLAN-SAFEGUARDING") { site in
            try site.write(
                "\(Self.sections)/safeguarding.md", "---\ntitle: Stay safe\ncovers: [lscb-consulted]\n---\nText.\n")
        }
        #expect(
            findings.first?.hint?.hasPrefix(
                "Did you mean the page \"Stay safe\" (content/plan/sections/safeguarding.md)? If it is this section, add `safeguarding` to the `covers:` list of content/plan/sections/safeguarding.md.\nOtherwise: Add a heading"
            ) == true)
    }

    @Test func severalNearHeadingsAreNamedBestFirst() throws {
        let findings = try checkedFixture("REVIEW-MORE-TO-DO") { site in
            try site.replace(
                "## Where there is more to do {#more-to-do}\n\nCollege places for 16-year-olds.",
                with: "## Next steps\n\nText.\n\n## Challenges and concerns\n\nText.\n\n## Looking ahead\n\nText.\n\n"
                    + "## Improvement\n\nText.", in: Self.review)
        }
        #expect(
            findings.first?.hint?.hasPrefix(
                "Did you mean `## Challenges and concerns` (content/reviews/2025-26.md line 19), `## Next steps` (content/reviews/2025-26.md line 15) or `## Looking ahead` (content/reviews/2025-26.md line 23)? Mark the one that is this section: add `{#more-to-do}` after its heading, or `more-to-do` to its page's `covers:` list.\nOtherwise: Add a heading"
            ) == true, "\(findings.first?.hint ?? "")")
    }

    /// Near headings in documents where the section does not belong are not named.
    @Test func aPriorityHeadingIsNotNamedForTheSafeguardingChapter() throws {
        let findings = try checkedFixture("PLAN-SAFEGUARDING") { site in
            try site.remove("\(Self.sections)/safeguarding.md")
            try site.write(
                "content/plan/priorities/p1-health.md",
                try site.read("content/plan/priorities/p1-health.md") + "\n## Stay safe\n\nText.\n")
        }
        #expect(findings.first?.hint?.hasPrefix("Add a heading with the marker") == true)
    }
}
