/// A rule satisfied by a section of the plan, found by its marker (see `Marker`).
protocol PlanMarkerRule: PublicationRule {
    var markerID: String { get }
}

extension PlanMarkerRule {
    func check(_ site: RuleInput) -> [Finding] {
        guard let plan = site.content.plan else { return [] }
        let marker = Marker.named(markerID)
        // A page of the plan whose front matter cannot be read may declare the section in
        // `covers:`: its error is reported, and the plan is not said to lack the section too.
        guard site.planDocuments.allSatisfy(\.frontMatterRead),
            let hint = marker.hintIfMissing(
                in: site.placedPlanDocuments, page: plan.document.path, asSectionFile: PlanLoader.folder + "/sections")
        else { return [] }
        return [
            Finding(
                SourceLocation(file: plan.document.path, line: 1, column: 1),
                "the plan has no section marked as \(marker.name) (marker `\(marker.id)`).", hint: hint)
        ]
    }
}

struct PlanNeedsAnalysisRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-NEEDS-ANALYSIS"
    let requirement = "A needs analysis section, mapped against existing services, including service users' views."
    let citation = "001 §8; 003 §3.39–3.40"
    let fixedLevel = Diagnostic.Severity.error
    let markerID = "needs-analysis"
}

struct PlanSafeguardingRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-SAFEGUARDING"
    let requirement =
        "A section sets out the partners' arrangements to safeguard and promote the welfare of children, taking account of the LSCB's annual report."
    let citation = "001 §8 (s14A(2))"
    let fixedLevel = Diagnostic.Severity.error
    let markerID = "safeguarding"
}

struct PlanLSCBConsultedRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-LSCB-CONSULTED"
    let requirement = "The plan records that the Local Safeguarding Children Board was consulted."
    let citation = "000 §1.10; 001 LSCB ¶5"
    let fixedLevel = Diagnostic.Severity.error
    let markerID = "lscb-consulted"
}

struct PlanConsultationRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-CONSULTATION"
    let requirement =
        "The plan records consultation with children, young people, parents and carers, and what they said."
    let citation = "000 §3.7, S3 box; 003 E3"
    let fixedLevel = Diagnostic.Severity.error
    let markerID = "consultation"
}

struct PlanEarlyInterventionRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-EARLY-INTERVENTION"
    let requirement =
        "Early intervention arrangements: governance, operational organisation, and the public face (link to the local offer)."
    let citation = "001 §5"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "early-intervention"
}

struct PlanWorkforceRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-WORKFORCE"
    let requirement = "A local strategy for the children and young people's workforce."
    let citation = "001 §6"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "workforce"
}

struct PlanChildPovertyRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-CHILD-POVERTY"
    let requirement = "Child poverty needs and strategy."
    let citation = "001 §8"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "child-poverty"
}

struct Plan14To19Rule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-14-19"
    let requirement = "The 14–19 plan is included or linked."
    let citation = "000 §1.14; 001 §8"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "14-19"
}

struct PlanAlignmentRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-ALIGNMENT"
    let requirement =
        "States alignment with the Sustainable Community Strategy, Local Area Agreement, JSNA, health commissioning plans and the Youth Justice Plan."
    let citation = "000 §1.7, §3.25–3.26; 001 §8"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "alignment"
}

struct PlanEqualityRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-EQUALITY"
    let requirement =
        "How the plan meets the disability, ethnicity and gender equality duties, and the UNCRC general principles."
    let citation = "001 §8"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "equality"
}

struct PlanYoungPeopleSummaryRule: PlanMarkerRule, FixedLevelRule {
    let id = "PLAN-YOUNG-PEOPLE-SUMMARY"
    let requirement = "A summary written for children and young people."
    let citation = "000 §3.28 \"accessible form\""
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "young-people-summary"
}
