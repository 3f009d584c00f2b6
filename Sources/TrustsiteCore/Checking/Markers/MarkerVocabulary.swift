/// Every marker, with the headings that stand for its section and where they count: the one
/// table of section wording (documented in the README by `MarkerVocabulary.markdown()`).
///
/// A phrase must be specific enough never to pass a plan that lacks the section: "told us" alone
/// would pass "What inspectors told us" as consultation with children, and "keeping children safe"
/// in a priority's title would stand in for the safeguarding chapter. A wording that is only
/// probably the section goes in `near`, which names the heading in the message instead.
extension Marker {
    /// Children, young people, parents, carers and families: who the plan's consultation is with.
    private static let families = "children / young people / parents / carers / families"

    public static let all: [Marker] = [
        Marker(
            "vision", name: "a vision", suggestedTitle: "Our vision", places: [.plan, .planSection],
            phrases: ["vision", "our ambition"],
            near: ["ambition", "aims", "values", "principles", "mission"]),
        Marker(
            "needs-analysis", name: "a needs analysis", suggestedTitle: "What children and families need",
            places: [.plan, .planSection],
            phrases: [
                "needs analysis", "analysis of need", "assessment of need", "needs mapped against",
                "^the needs of children / the needs of young people", "understanding need / understanding the needs",
                "story behind the baseline", "what the data tells us",
            ],
            near: [
                "needs of", "local needs", "context", "profile", "data", "evidence", "baseline", "local picture",
                "what we know", "needs assessment",
            ]),
        Marker(
            "consultation", name: "a record of consultation with children, young people, parents and carers",
            suggestedTitle: "What you told us", places: [.plan, .planSection],
            phrases: [
                "you told us / you said",
                "\(families) … told us / said / say / views / voice",
                "consultation / consulted / consulting / listening / views / voice / heard … \(families)",
            ],
            near: [
                "consultation", "consulted", "consulting", "participation", "engagement", "involvement", "involve",
                "survey", "listening", "views", "voice",
            ]),
        Marker(
            "lscb-consulted", name: "a record that the LSCB was consulted",
            suggestedTitle: "How the Local Safeguarding Children Board was consulted", places: [.plan, .planSection],
            phrases: ["LSCB … consultation / consulted / consulting", "consultation / consulted / consulting … LSCB"],
            near: ["LSCB", "safeguarding children partnership", "consultation", "consulted"]),
        Marker(
            "safeguarding", name: "a section on safeguarding arrangements", suggestedTitle: "Keeping children safe",
            places: [.plan, .planSection],
            phrases: [
                "safeguarding / safeguard", "child protection",
                "keeping children safe / keeping young people safe / keeping children and young people safe",
            ],
            near: ["safe", "safety", "harm", "abuse", "neglect", "protection", "LSCB", "exploitation"]),
        Marker(
            "early-intervention", name: "a section on early intervention", suggestedTitle: "Early help",
            places: [.plan, .planSection],
            phrases: [
                "early intervention / earliest intervention / early help", "intervening early / helping early",
                "children's centres",
            ],
            near: [
                "early", "prevention", "preventative", "targeted", "family support", "team around", "common assessment",
            ]),
        Marker(
            "workforce", name: "a workforce strategy", suggestedTitle: "Our workforce",
            places: [.plan, .planSection, .priority],
            phrases: ["workforce", "recruitment and retention / recruiting and retaining"],
            near: ["staff", "our people", "training", "recruitment", "skills", "leadership"]),
        Marker(
            "child-poverty", name: "a section on child poverty", suggestedTitle: "Child poverty",
            places: [.plan, .planSection, .priority], phrases: ["poverty", "low income"],
            near: [
                "disadvantage", "deprivation", "income", "money", "closing the gap", "debt", "hardship",
                "financial inclusion",
            ]),
        Marker(
            "14-19", name: "the 14 to 19 plan", suggestedTitle: "Learning from 14 to 19",
            places: [.plan, .planSection, .priority], phrases: ["14-19 / 14 to 19 / fourteen to nineteen"],
            near: ["post-16", "16-19", "further education", "apprenticeships", "NEET", "participation", "diplomas"]),
        Marker(
            "alignment", name: "how the plan aligns with other local plans",
            suggestedTitle: "How this plan fits with others", places: [.plan, .planSection],
            phrases: [
                "alignment / align / aligned / aligning", "other plans / other strategies", "fits with",
                "links to other / links with other", "Local Area Agreement", "community strategy",
                "Youth Justice Plan",
            ],
            near: [
                "drivers", "strategic context", "policy context", "links", "national", "JSNA",
                "joint strategic needs assessment", "commissioning plans",
            ]),
        Marker(
            "equality", name: "how the plan meets the equality duties",
            suggestedTitle: "Equality and children's rights",
            places: [.plan, .planSection], phrases: ["equality / equalities", "equal opportunities"],
            near: ["diversity", "inclusion", "rights", "disability", "ethnicity", "gender", "race", "UNCRC"]),
        Marker(
            "young-people-summary", name: "a summary for children and young people",
            suggestedTitle: "The plan in short, for children and young people", places: [.plan, .planSection],
            phrases: [
                "summary / in short / in brief / at a glance … for children / for young people",
                "young people's summary / children's summary / young people's version / children's version / young people's guide / children's guide",
            ],
            near: ["summary", "in short", "in brief", "at a glance", "easy read", "plain English", "version"]),
        Marker(
            "more-to-do", name: "a section on where there is more to do", suggestedTitle: "Where there is more to do",
            places: [.review],
            phrases: [
                "more to do / still to do / still need to do",
                "future challenges / challenges ahead / remaining challenges",
                "areas for development / areas for improvement", "need to improve / do better",
            ],
            near: [
                "challenges", "next steps", "looking ahead", "improve", "improvement", "development", "concerns",
                "off track", "at risk", "not yet",
            ]),
        Marker(
            "have-your-say", name: "a section on how to have your say", suggestedTitle: "Have your say",
            places: [.review],
            phrases: [
                "your say", "tell us what you think", "your views / your feedback", "get in touch / contact us",
                "comments and complaints",
            ],
            near: ["contact", "say", "views", "feedback", "complaints", "comments", "get involved", "tell us"]),
        Marker(
            "lscb-response", name: "the Board's response to the LSCB annual report",
            suggestedTitle: "Our response to the LSCB annual report", places: [.review],
            phrases: ["response to the LSCB / responding to the LSCB", "LSCB annual report / LSCB report"],
            near: ["LSCB", "safeguarding", "response"]),
        Marker(
            "summary", name: "a plain-language summary for parents and young people",
            suggestedTitle: "Summary for parents and young people", places: [.review],
            phrases: [
                "summary / in short / in brief / at a glance … for parents / for young people / for children / for families",
                "plain English summary / plain language summary / summary in plain English",
                "young people's summary / children's summary / parents' summary / families' summary",
            ],
            near: ["summary", "in short", "in brief", "at a glance", "easy read", "highlights"]),
        Marker(
            "what-to-expect", name: "a statement of what families can expect", suggestedTitle: "What you can expect",
            places: [.offer], phrases: ["expect", "what … offer / provide", "our promise"],
            near: ["offer", "get help / getting help / help early", "support", "services", "standards"]),
        Marker(
            "youth-offer", name: "the youth offer", suggestedTitle: "Our youth offer", places: [.offer],
            phrases: [
                "youth offer", "places to go / things to do", "positive activities / activities for young people",
                "youth service / youth club / youth work",
            ],
            near: ["youth", "activities", "young people", "leisure", "holiday"]),
    ]
}

/// The README's table of the vocabulary, made from `Marker.all` so it cannot drift.
public enum MarkerVocabulary {
    public static func markdown() -> String {
        var lines = [
            "| marker | headings that count | where they count | named in the message when missing |",
            "|---|---|---|---|",
        ]
        for marker in Marker.all {
            let cells = [
                "`\(marker.id)`", marker.phrases.map { "`\($0)`" }.joined(separator: ", "),
                marker.places.sorted().map(\.label).joined(separator: ", "),
                marker.nearPhrases.map { "`\($0)`" }.joined(separator: ", "),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
