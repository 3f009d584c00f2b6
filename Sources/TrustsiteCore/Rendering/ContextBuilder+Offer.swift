extension ContextBuilder {
    func offerModel() -> PageModel {
        let services = content.offer?.services ?? []
        let listed = services.map(serviceSummary)
        let youth = services.filter(\.isYouthOffer).map(serviceSummary)
        let data: [String: Any] = Dict([
            "intro_html": content.offer?.document?.rendered.html, "services": listed, "youth_services": youth,
            "has_youth_services": !youth.isEmpty, "service_count": services.count,
            "filter_areas": Array(Set(services.flatMap(\.areas))).sorted().map { ["name": $0] },
            "filter_outcomes": Outcome.all.filter { outcome in services.contains { $0.outcomeIDs.contains(outcome.id) }
            }
            .map { ["id": $0.id, "title": $0.title] },
        ]).values
        return PageModel(
            kind: "offer", url: SiteRoutes.offer,
            title: content.offer?.document?.title ?? "Help for children and families",
            description: summary(
                of: content.offer?.document,
                fallback: "Services for children, young people and families, and how to get help early."),
            updated: content.offer?.document?.updated ?? services.compactMap(\.lastChecked).max() ?? newestDate,
            breadcrumbs: [homeCrumb], outline: content.offer?.document?.rendered.outline ?? [],
            data: ["offer": data])
    }

    private func serviceSummary(_ service: Service) -> [String: Any] {
        Dict([
            "name": service.name, "url": SiteRoutes.service(service), "summary": service.summary,
            "ages_text": service.ages?.text, "areas_text": service.areas.joined(separator: ", "),
            "youth": service.isYouthOffer,
            // For the filters (a script reads them; without it the full list shows).
            "age_from": service.ages.map { String($0.years.lowerBound) },
            "age_to": service.ages.map { String($0.years.upperBound) },
            "age_send_to": service.ages?.sendTo.map(String.init),
            "outcome_ids": service.outcomeIDs.joined(separator: " "),
            "areas_data": service.areas.joined(separator: "|"),
        ]).values
    }

    /// The service's providers by name: a Board partner's name for its id, else the name as written.
    func providerNames(_ service: Service) -> [String] {
        service.providers.map { content.board?.partner($0)?.name ?? $0 }
    }

    func serviceModel(_ index: Int) -> PageModel {
        guard let offer = content.offer else { return notFoundModel() }
        let service = offer.services[index]
        var data = Dict([
            "name": service.name, "summary": service.summary, "body_html": service.document.rendered.html,
            "for": service.audience, "ages_text": service.ages?.text,
            "outcomes": outcomeLinks(service.outcomeIDs), "areas_text": service.areas.joined(separator: ", "),
            "youth": service.isYouthOffer, "access": service.access, "cost": service.cost, "where": service.place,
            "accessibility": service.accessibility, "sites": serviceSitesModel(service),
            "has_sites": !service.sites.isEmpty,
            "providers_text": service.providers.isEmpty ? nil : providerNames(service).joined(separator: ", "),
        ])
        if let contact = service.contact {
            data["contact"] =
                Dict([
                    "email": contact.email, "phone": contact.phone, "phone_tel": PhoneNumber.tel(contact.phone),
                    "web": contact.web, "has_email": contact.email != nil,
                    "has_phone": contact.phone != nil, "has_web": contact.web != nil,
                ]).values
        }
        if let checked = service.lastChecked { data.merge(checked.fields("last_checked")) }
        data["json_ld"] = structuredData(service)
        return PageModel(
            kind: "service", url: SiteRoutes.service(service), title: service.name,
            description: service.summary ?? summary(of: service.document),
            updated: service.document.updated ?? service.lastChecked,
            breadcrumbs: [homeCrumb, (offer.document?.title ?? "Help for children and families", SiteRoutes.offer)],
            outline: service.document.rendered.outline, data: ["service": data.values])
    }

    /// schema.org `Service` as JSON-LD, so search engines can show the service's details. Every
    /// string is escaped for a `<script>` block (`<`, `>` and `&` as \u escapes).
    func structuredData(_ service: Service) -> String {
        // The providers it names, else the local authority (as before `providers:` existed).
        let provider =
            service.providers.isEmpty
            ? "{\"@type\": \"GovernmentOrganization\", \"name\": \(JSONText.quote(content.config.localAuthority))}"
            : "["
                + providerNames(service).map { "{\"@type\": \"Organization\", \"name\": \(JSONText.quote($0))}" }
                .joined(separator: ", ") + "]"
        var fields: [(String, String)] = [
            ("@context", JSONText.quote("https://schema.org")), ("@type", JSONText.quote("Service")),
            ("name", JSONText.quote(service.name)),
            ("url", JSONText.quote(content.config.baseURLWithoutSlash + SiteRoutes.service(service))),
            ("provider", provider),
        ]
        if let summary = service.summary { fields.append(("description", JSONText.quote(summary))) }
        if !service.areas.isEmpty {
            fields.append(
                (
                    "areaServed",
                    "["
                        + service.areas.map { "{\"@type\": \"Place\", \"name\": \(JSONText.quote($0))}" }
                        .joined(separator: ", ") + "]"
                ))
        }
        if let audience = service.audience {
            var value = "{\"@type\": \"PeopleAudience\", \"audienceType\": \(JSONText.quote(audience))"
            if let ages = service.ages?.years {
                value += ", \"suggestedMinAge\": \(ages.lowerBound), \"suggestedMaxAge\": \(ages.upperBound)"
            }
            fields.append(("audience", value + "}"))
        }
        var channels: [String] = []
        if let contact = service.contact {
            var point: [String] = ["\"@type\": \"ContactPoint\""]
            if let email = contact.email { point.append("\"email\": \(JSONText.quote(email))") }
            if let phone = contact.phone { point.append("\"telephone\": \(JSONText.quote(phone))") }
            channels.append(
                "{\"@type\": \"ServiceChannel\", \"servicePhone\": {" + point.joined(separator: ", ") + "}}")
        }
        channels += siteChannels(service)
        // One channel is written on its own (as before sites existed); several as a list.
        if channels.count == 1, let channel = channels.first {
            fields.append(("availableChannel", channel))
        } else if !channels.isEmpty {
            fields.append(("availableChannel", "[" + channels.joined(separator: ", ") + "]"))
        }
        let body = fields.map { "  \(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "<script type=\"application/ld+json\">\n{\n" + body + "\n}\n</script>"
    }
}
