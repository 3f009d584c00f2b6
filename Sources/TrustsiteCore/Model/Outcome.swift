/// One of the five Every Child Matters outcomes every plan is organised around
/// (Every Child Matters: Change for Children, Box 1).
public struct Outcome: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: String
    public let aims: [String]

    /// The five outcomes, in the order the guidance gives them.
    public static let all: [Outcome] = [
        Outcome(
            id: "be-healthy", title: "Be healthy",
            aims: [
                "Physically healthy", "Mentally and emotionally healthy", "Sexually healthy", "Healthy lifestyles",
                "Choose not to take illegal drugs", "Parents, carers and families promote healthy choices",
            ]),
        Outcome(
            id: "stay-safe", title: "Stay safe",
            aims: [
                "Safe from maltreatment, neglect, violence and sexual exploitation",
                "Safe from accidental injury and death", "Safe from bullying and discrimination",
                "Safe from crime and anti-social behaviour in and out of school",
                "Have security, stability and are cared for",
                "Parents, carers and families provide safe homes and stability",
            ]),
        Outcome(
            id: "enjoy-and-achieve", title: "Enjoy and achieve",
            aims: [
                "Ready for school", "Attend and enjoy school",
                "Achieve stretching national educational standards at primary school",
                "Achieve personal and social development and enjoy recreation",
                "Achieve stretching national educational standards at secondary school",
                "Parents, carers and families support learning",
            ]),
        Outcome(
            id: "positive-contribution", title: "Make a positive contribution",
            aims: [
                "Engage in decision-making and support the community and environment",
                "Engage in law-abiding and positive behaviour in and out of school",
                "Develop positive relationships and choose not to bully and discriminate",
                "Develop self-confidence and successfully deal with significant life changes and challenges",
                "Develop enterprising behaviour", "Parents, carers and families promote positive behaviour",
            ]),
        Outcome(
            id: "economic-wellbeing", title: "Achieve economic well-being",
            aims: [
                "Engage in further education, employment or training on leaving school", "Ready for employment",
                "Live in decent homes and sustainable communities", "Access to transport and material goods",
                "Live in households free from low income",
                "Parents, carers and families are supported to be economically active",
            ]),
    ]

    public static func named(_ id: String) -> Outcome? { all.first { $0.id == id } }
}
