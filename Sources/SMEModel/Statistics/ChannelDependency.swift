/// Businesses selling online through a single social or messaging channel: the ones cut off when
/// social media was shut down.
public struct ChannelDependency: Hashable, Sendable {
    /// Among respondents online now who named a channel, those whose only channel is social or
    /// messaging; keyed `SurveyGrouping.totalKey`.
    public var overall: ShareRow
    /// Among the dependent businesses, which channel they depend on: one row per social or
    /// messaging channel in catalogue order, keyed by raw value.
    public var byChannel: [ShareRow]

    public init(overall: ShareRow, byChannel: [ShareRow]) {
        self.overall = overall
        self.byChannel = byChannel
    }

    public var proportion: Proportion { overall.proportion }

    public func row(_ channel: Channel) -> ShareRow? {
        byChannel.first { $0.group == channel.rawValue }
    }
}
