import Foundation
import TrustsiteMarkdown

/// BOARD-RELEVANT-PARTNERS: every statutory relevant partner type of the edition that exists locally.
struct BoardRelevantPartnersRule: FixedLevelRule {
    let id = "BOARD-RELEVANT-PARTNERS"
    let requirement =
        "Each statutory relevant partner type of the chosen edition that exists in the area is represented. 2008: district council (two-tier areas), police, probation, youth offending team, health, Connexions, Learning and Skills Council. 2010 adds: schools (incl. Academies, special schools, PRUs), FE and sixth-form colleges, Jobcentre Plus. A type that does not exist locally is declared in the configuration with a reason, and that reason is published on the Board page."
    let citation = "000 §3.11, Appendix s10(4); 001 changes box, §7"
    let fixedLevel = Diagnostic.Severity.error

    /// Statutory relevant partners; a group is met by a member of any type in it.
    static func statutoryGroups(_ edition: Edition) -> [[PartnerType]] {
        let groups2008: [[PartnerType]] = [
            [.districtCouncil], [.police], [.probation], [.youthOffendingTeam], [.health], [.connexions],
            [.learningAndSkillsCouncil],
        ]
        guard edition == .y2010 else { return groups2008 }
        return groups2008 + [
            [.school, .academy, .specialSchoolOrPRU], [.feCollege], [.sixthFormCollege], [.jobcentrePlus],
        ]
    }

    func check(_ site: RuleInput) -> [Finding] {
        guard let facts = BoardFacts(site) else { return [] }
        var findings: [Finding] = []
        for group in Self.statutoryGroups(site.edition) where !group.contains(where: facts.isRepresented) {
            // A group is excused only by declaring its main type absent: having no Academies does
            // not excuse having no schools at all.
            if let absent = site.config.absentPartnerTypes.first(where: { $0.type == group[0] }) {
                if let match = Placeholder.match(absent.places.written(absent.reason, at: "reason"), field: "reason")
                    ?? (absent.places.isReported("reason") ? nil : Placeholder.match(absent.reason))
                {
                    findings.append(
                        Finding(
                            absent.places.location(of: "reason"),
                            "the partner type \(absent.type.rawValue) is declared absent without a reason"
                                + (match.isEmpty ? "." : " (its 'reason' is a placeholder: '\(match.text)')."),
                            hint:
                                "Add `reason:` saying why there is no such partner in the area; it is published on the Board page."
                        ))
                }
                continue
            }
            let type = group[0]
            // A declaration of absent types that could not be read may name this one (reported there).
            if site.config.unloadedAbsentTypes.contains(type) || site.config.places.isReported("absent_partner_types") {
                continue
            }
            findings.append(
                facts.unrepresented(
                    group, "no member represents \(type.phrase), a statutory relevant partner.",
                    hint: BoardFacts.addMemberHint(type, role: "(their role)")
                        + "\nor, if there is none in the area, declare it in trustsite.yml:\n    absent_partner_types:\n      - type: \(type.rawValue)\n        reason: (why there is none locally)"
                ))
        }
        return findings
    }
}
