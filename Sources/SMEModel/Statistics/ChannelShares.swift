/// Which channels businesses that sell online use, as a multi-select question: each share is
/// "ticked it / answered the question", so the column may add up to more than 100%.
public struct ChannelShares: Hashable, Sendable {
    /// Respondents online now who named at least one channel: the base of every row.
    public var n: Int
    /// Respondents online now who named no channel.
    public var noAnswer: Int
    /// One row per `Channel`, in catalogue order, zero counts included; the group is the raw value.
    public var channels: [ShareRow]
    /// One row per `Channel.Kind`: businesses using any channel of that kind.
    public var kinds: [ShareRow]

    public init(n: Int, noAnswer: Int, channels: [ShareRow], kinds: [ShareRow]) {
        self.n = n
        self.noAnswer = noAnswer
        self.channels = channels
        self.kinds = kinds
    }

    public func row(_ channel: Channel) -> ShareRow? {
        channels.first { $0.group == channel.rawValue }
    }

    public func row(kind: Channel.Kind) -> ShareRow? {
        kinds.first { $0.group == kind.rawValue }
    }

    /// The sum of the channel shares; above 1 when businesses use several channels, which the
    /// table's footnote has to explain.
    public var sumOfShares: Double {
        channels.reduce(0) { $0 + ($1.share ?? 0) }
    }

    public static let footnote = Localized(
        id: "Satu usaha bisa memakai beberapa kanal, jadi jumlah persentase bisa lebih dari 100%.",
        en: "A business can use several channels, so the percentages can add up to more than 100%.")
}
