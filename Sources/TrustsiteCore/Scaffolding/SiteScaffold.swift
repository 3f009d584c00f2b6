import Foundation

/// `trustsite init`: a new site with every required file, guidance in comments, and no invented
/// facts, so `trustsite check` on it lists exactly what the team still has to write.
public struct SiteScaffold: Sendable {
    public var name: String?
    public var localAuthority: String?
    public var baseURL: String?

    public init(name: String?, localAuthority: String?, baseURL: String?) {
        self.name = name
        self.localAuthority = localAuthority
        self.baseURL = baseURL
    }

    /// Writes the site into `folder`, which must be new or empty. Returns the files written.
    public func write(to folder: URL) throws(ScaffoldError) -> [String] {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw .folderNotEmpty(folder.path)
        }
        var written: [String] = []
        for (path, text) in files {
            let url = folder.appending(path: path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                throw .writeFailed(path, error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }

    /// A `key: value` line, or the key commented out with what to write when the value is unknown.
    private func line(_ key: String, _ value: String?, _ guidance: String) -> String {
        value.map { "\(key): \(Self.quoted($0))" } ?? "# \(key):   # \(guidance)"
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    var files: [(String, String)] {
        var files: [(String, String)] = [("trustsite.yml", configuration)]
        // The built site, the build cache and the lock are made from the rest: not worth keeping in git.
        files.append(
            (
                ".gitignore",
                "# Written by `trustsite build`, made again from the files here.\n/site/\n/.site-cache/\n/.site.spare/\n"
                    + "/.site.lock\n"
            ))
        files.append(
            (
                "content/index.md",
                page(
                    title: "Home",
                    guidance: [
                        "The home page's introduction: two or three sentences on what the Children's Trust is and does."
                    ])
            ))
        files.append(("content/plan/index.md", planOverview))
        for marker in Self.planSections {
            files.append(("content/plan/sections/\(marker.file).md", section(marker)))
        }
        files.append(("content/plan/priorities/priority-1.md", priority))
        files.append(("content/board/board.yml", board))
        files.append(
            (
                "content/board/index.md",
                page(
                    title: "The Children's Trust Board",
                    guidance: [
                        "Optional: an introduction to the Board, what it decides and when it meets."
                    ])
            ))
        files.append(("content/offer/index.md", offer))
        files.append(
            (
                "content/pages/have-your-say.md",
                page(
                    title: "Have your say",
                    guidance: [
                        "Every way the public can give views and raise concerns (email, phone, post, events),",
                        "what happens to what people say, and how long a reply takes. Every page links here. (000 §3.28)",
                    ])
            ))
        files.append(
            (
                "content/pages/contact.md",
                page(
                    title: "Contact us",
                    guidance: [
                        "How to contact the Children's Trust support team. Every page links here."
                    ])
            ))
        return files
    }

    private var configuration: String {
        """
        # trustsite.yml: who publishes this site and how to reach them. Every key is explained in the README.
        \(line("name", name, "the Trust's name, e.g. \"Brackenmoor Children's Trust\""))
        \(line("local_authority", localAuthority, "e.g. \"Brackenmoor Borough Council\""))
        \(line("base_url", baseURL, "the address the site is published at, e.g. https://children.example.gov.uk/"))
        language: en-GB
        edition: "2010"     # the rules: "2010" (Board statutory) or "2008"
        # description:      # one sentence for search results

        contact:            # at least one of email, phone, address (SITE-CONTACT)
          # email:
          # phone:
          # address:
          #   - (first line)
          have_your_say: /have-your-say/

        # absent_partner_types:   # statutory partner types that do not exist in the area, with the reason
        #   - type: district-council
        #     reason: (why there is none locally; this is published on the Board page)

        # sharing_image:          # the picture shown beside links to the site when they are shared
        #   path: /images/share.png   # a path on the site
        #   alt: (what the picture shows)

        # status_words:           # your reports' own progress words, each mapped to a standard status
        #   SLIPPAGE: at-risk     # (complete, on-track, at-risk, off-track, not-started, not-assessed; red, amber, green are built in)

        # accessibility:          # the accessibility statement (SITE-ACCESSIBILITY-STATEMENT)
        #   compliance: partial   # full | partial | none, against WCAG 2.2 AA
        #   non_accessible:
        #     - content: (what is not accessible)
        #       reason: (why)
        #       alternative: (how to get the same information)
        #   enforcement: england
        #   tested: { date: YYYY-MM-DD, by: (who), method: (how) }
        #   prepared: YYYY-MM-DD
        #   reviewed: YYYY-MM-DD

        """
    }

    private var planOverview: String {
        """
        ---
        title: Children and Young People's Plan
        # description:   # one sentence for search results
        # period: { start: YYYY-MM-DD, end: YYYY-MM-DD }   # the period the plan covers (PLAN-PERIOD)
        # sign_off:                                        # the Board's sign-off (PLAN-SIGN-OFF)
        #   date: YYYY-MM-DD
        #   meeting: Children's Trust Board, (date)
        #   minute: (minute reference)
        # published: YYYY-MM-DD                           # when the plan was published (PLAN-PUBLISHED-DATE)
        # review_by: YYYY-MM-DD                           # when it is next reviewed (SITE-STALE)
        ---

        """
    }

    struct PlanSection {
        var file: String
        var marker: String
        var title: String
        var guidance: String
    }

    static let planSections: [PlanSection] = [
        PlanSection(
            file: "vision", marker: "vision", title: "Our vision",
            guidance: "What the partners want for every child in the area."),
        PlanSection(
            file: "needs-analysis", marker: "needs-analysis", title: "Needs analysis",
            guidance:
                "What children and families need, mapped against existing services, including service users' views. (PLAN-NEEDS-ANALYSIS; 001 §8)"
        ),
        PlanSection(
            file: "consultation", marker: "consultation", title: "What children, young people and families told us",
            guidance:
                "Who was consulted (children, young people, parents and carers), how, and what they said. (PLAN-CONSULTATION; 000 §3.7)"
        ),
        PlanSection(
            file: "safeguarding", marker: "safeguarding, lscb-consulted", title: "Keeping children safe",
            guidance:
                "The partners' arrangements to safeguard children, taking account of the LSCB's annual report, and that the LSCB was consulted on this plan. (PLAN-SAFEGUARDING, PLAN-LSCB-CONSULTED)"
        ),
        PlanSection(
            file: "early-help", marker: "early-intervention", title: "Early help",
            guidance:
                "Early intervention: governance, how it is organised, and its public face (link to /offer/). (PLAN-EARLY-INTERVENTION; 001 §5)"
        ),
        PlanSection(
            file: "workforce", marker: "workforce", title: "Our workforce",
            guidance: "The local strategy for the children and young people's workforce. (PLAN-WORKFORCE)"),
        PlanSection(
            file: "child-poverty", marker: "child-poverty", title: "Child poverty",
            guidance: "Child poverty needs and the strategy to reduce it. (PLAN-CHILD-POVERTY)"),
        PlanSection(
            file: "14-to-19", marker: "14-19", title: "Learning from 14 to 19",
            guidance: "The 14 to 19 plan, included or linked. (PLAN-14-19)"),
        PlanSection(
            file: "alignment", marker: "alignment", title: "How this plan fits with others",
            guidance:
                "Alignment with the Sustainable Community Strategy, Local Area Agreement, JSNA, health commissioning plans and the Youth Justice Plan. (PLAN-ALIGNMENT)"
        ),
        PlanSection(
            file: "equality", marker: "equality", title: "Equality and children's rights",
            guidance:
                "How the plan meets the disability, ethnicity and gender equality duties and the UNCRC general principles. (PLAN-EQUALITY)"
        ),
        PlanSection(
            file: "summary-for-young-people", marker: "young-people-summary",
            title: "The plan in short, for children and young people",
            guidance:
                "A summary written for children and young people: short sentences, everyday words. (PLAN-YOUNG-PEOPLE-SUMMARY)"
        ),
    ]

    private func section(_ section: PlanSection) -> String {
        """
        ---
        title: \(Self.quoted(section.title))
        order: \((Self.planSections.firstIndex { $0.file == section.file } ?? 0) + 1)
        # \(section.guidance)
        # When this section is written, uncomment the next line so the checks find it:
        # covers: [\(section.marker)]
        ---

        """
    }

    private var priority: String {
        """
        ---
        id: P1
        title: Priority 1
        order: 1
        # Replace the title with the priority, then list the outcomes it serves and its actions.
        # outcomes: [be-healthy, stay-safe, enjoy-and-achieve, positive-contribution, economic-wellbeing]
        # theme: (a file name from content/plan/themes/, if the plan groups priorities in themes)
        # lead: (partner id from content/board/board.yml)
        # lead_officer: (post, then the name in brackets, e.g. Head of Early Help (Sam Patel))
        # resources: (what the partners commit)
        # indicators:                # measures with a target for each year; annual reports give the actual
        #   - id: NI117
        #     name: (what it measures)
        #     unit: percentage       # percentage | number | rate per 1,000 | rate per 10,000 | days | ...
        #     better: lower          # higher | lower
        #     source: (where the figure comes from)
        #     baseline: { year: 2025/26, value: 8.1 }   # years: 2025/26 (April to March) or 2025
        #     targets: { 2026/27: 7.5, 2027/28: 7.0 }
        # actions:
        #   - id: A1.1
        #     what: (what will be done)
        #     lead: (partner id from content/board/board.yml, or joint leads as a list)
        #     lead_officer: (post, then the name in brackets)
        #     support: [(partner ids)]
        #     start: YYYY-MM         # optional
        #     by: YYYY-MM-DD         # or a month (2026-09), a financial year (2026/27), or ongoing with review_by
        #     measure: (how progress is measured)
        #     baseline: (where things stand now)
        #     target: (where they should be)
        #     milestones:            # optional steps, each with what, by and done (true, false or the day)
        #       - what: (a step on the way)
        #         by: YYYY-MM
        #         done: false
        ---

        """
    }

    private var board: String {
        """
        # The Children's Trust Board: partners, members, sub-groups. Every key is explained in the README.
        partners: []
        #  - id: (short id, e.g. the-council)
        #    name: (organisation)
        #    type: local-authority   # see the README for the partner types
        members: []
        #  - name: (name)
        #    role: Director of Children's Services
        #    statutory_role: director-of-childrens-services   # or lead-member, senior-health-lead, lead-gp
        #    partner: (partner id)
        #    position: chair         # chair | co-chair | vice-chair | deputy-chair | member | substitute (with for:)
        #                            # | observer | adviser | in-attendance
        #  - post: (a seat held by an organisation, no person named)
        #    partner: (partner id, or a list of the partners represented)
        # A Board in layers: write groups: instead of members:, each with name, purpose, its own members,
        # and decides: true on the group that takes the Board's decisions (see the README).
        subgroups: []
        #  - name: (name)
        #    purpose: (what it does)
        #    chair: (name)
        # lscb:
        #   name: (the Local Safeguarding Children Board's name)
        #   relationship: (how the Board and the LSCB work together; the LSCB is not subordinate to the Board)
        # voice: (how children, young people and parents are heard by the Board)

        """
    }

    private var offer: String {
        """
        ---
        title: Help for children and families
        # What children, young people and families can expect, and how to get help early (OFFER-WHAT-TO-EXPECT),
        # and the youth offer: positive activities and safe places to go (OFFER-YOUTH).
        # When written, uncomment: covers: [what-to-expect, youth-offer]
        # Each service goes in its own file in content/offer/services/ (see the README).
        ---

        """
    }

    private func page(title: String, guidance: [String]) -> String {
        "---\ntitle: \(Self.quoted(title))\n" + guidance.map { "# \($0)\n" }.joined() + "---\n\n"
    }
}
