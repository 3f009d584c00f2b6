extension ContextBuilder {
    /// A service's sites for its page: each with its address, hours table rows, accessibility notes and contact.
    func serviceSitesModel(_ service: Service) -> [[String: Any]] {
        service.sites.enumerated().map { index, site in
            var data = Dict([
                "name": site.name, "anchor": "service-site-\(index + 1)", "address": site.address,
                "accessibility": site.accessibility, "has_hours": !site.hours.isEmpty,
                "hours": site.hours.map { line in
                    ["days": line.daysInFull, "opens": line.opens, "closes": line.closes] as [String: Any]
                },
            ])
            // Keys of their own, so a site without a phone never shows the service's (mustache looks up the stack).
            if let contact = site.contact, contact.email != nil || contact.phone != nil || contact.web != nil {
                data.merge(
                    Dict([
                        "has_site_contact": true, "site_email": contact.email, "site_phone": contact.phone,
                        "site_phone_tel": PhoneNumber.tel(contact.phone), "site_web": contact.web,
                    ]).values)
            }
            return data.values
        }
    }

    /// schema.org `ServiceChannel`s, one per site, each with its `Place`, address and
    /// `openingHoursSpecification`; strings escaped for a `<script>` block.
    func siteChannels(_ service: Service) -> [String] {
        service.sites.map { site in
            var place = ["\"@type\": \"Place\"", "\"name\": \(JSONText.quote(site.name))"]
            if let address = site.address { place.append("\"address\": \(JSONText.quote(address))") }
            if let phone = site.contact?.phone { place.append("\"telephone\": \(JSONText.quote(phone))") }
            if !site.hours.isEmpty {
                let specs = site.hours.map { line in
                    let days = line.days.map { JSONText.quote("https://schema.org/" + OpeningHours.dayNames[$0 - 1]) }
                    return "{\"@type\": \"OpeningHoursSpecification\", \"dayOfWeek\": [" + days.joined(separator: ", ")
                        + "], \"opens\": \(JSONText.quote(line.opens)), \"closes\": \(JSONText.quote(line.closes))}"
                }
                place.append("\"openingHoursSpecification\": [" + specs.joined(separator: ", ") + "]")
            }
            return "{\"@type\": \"ServiceChannel\", \"name\": \(JSONText.quote(site.name)), \"serviceLocation\": {"
                + place.joined(separator: ", ") + "}}"
        }
    }
}
