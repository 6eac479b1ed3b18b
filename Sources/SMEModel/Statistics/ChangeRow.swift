/// One group's adoption in two waves and the change between them.
public struct ChangeRow: Hashable, Sendable {
    public var group: String
    /// Nil when the group has no respondents in the earlier wave.
    public var earlier: ShareRow?
    /// Nil when the group has no respondents in the later wave.
    public var later: ShareRow?
    /// Later minus earlier with Newcombe's interval, in fractions (print with `NumberStyle.points`);
    /// nil when either wave lacks the group or has no valid answers in it.
    public var difference: Newcombe?

    public init(group: String, earlier: ShareRow?, later: ShareRow?) {
        self.group = group
        self.earlier = earlier
        self.later = later
        if let earlier, let later {
            self.difference = Newcombe(from: earlier.proportion, to: later.proportion)
        } else {
            self.difference = nil
        }
    }

    /// True when either wave's figure for the group is unreliable, so the change is too.
    public var isUnreliable: Bool {
        (earlier?.isUnreliable ?? true) || (later?.isUnreliable ?? true)
    }

    public var excludesZero: Bool { difference?.excludesZero ?? false }
}
