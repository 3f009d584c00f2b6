/// Every rule `trustsite check` enforces, in the order of the publication requirements.
public enum RuleCatalogue {
    public static let all: [any PublicationRule] = [
        PublishedSetRule(), AccessibilityStatementRule(), HaveYourSayRule(), ContactRule(), AltTextRule(),
        LinksRule(), HeadingsRule(), LinkTextRule(), PlainLanguageRule(), StaleRule(), ColourContrastRule(),
        SafeContentRule(), DocumentsAccessibleRule(), ImageSizeRule(),
        PlanPeriodRule(), PlanSignOffRule(), PlanPublishedDateRule(), PlanOutcomesRule(), PlanNeedsAnalysisRule(),
        PlanActionsRule(), PlanResourcesRule(), PlanSafeguardingRule(), PlanLSCBConsultedRule(),
        PlanConsultationRule(), PlanEarlyInterventionRule(), PlanWorkforceRule(), PlanChildPovertyRule(),
        Plan14To19Rule(), PlanAlignmentRule(), PlanEqualityRule(), PlanYoungPeopleSummaryRule(),
        ReviewExistsRule(), ReviewProgressRule(), ReviewIndicatorsRule(), ReviewPartnersRule(), ReviewMoreToDoRule(),
        ReviewHaveYourSayRule(),
        ReviewLSCBResponseRule(), ReviewAccessibleRule(),
        BoardLocalAuthorityRule(), BoardRelevantPartnersRule(), BoardHealthSeniorRule(), BoardThirdSectorRule(),
        BoardVoiceRule(), BoardPrivateSectorRule(), BoardChairRule(), BoardSubgroupsRule(), BoardLSCBIndependentRule(),
        BoardActionLeadsRule(),
        OfferWhatToExpectRule(), OfferServicesRule(), OfferServiceOutcomesRule(), OfferYouthRule(), OfferUpToDateRule(),
    ]

    public static func rule(_ id: String) -> (any PublicationRule)? { all.first { $0.id == id } }
}
