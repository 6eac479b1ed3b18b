/// A follow-up visit: a new assessment against the current template that starts from the last
/// one, carrying over the items whose corrective action is still open (answer, note and action),
/// so the assessor checks exactly what was to be fixed. Items the template no longer has are
/// left behind and counted.
extension Assessment {
    public func followUp(with checklist: Checklist, assessor: Assessor, date: String, key: String) -> (assessment: Assessment, carried: Int, dropped: Int) {
        var next = Assessment.new(for: checklist, businessID: businessID, assessor: assessor, date: date, key: key)
        var carried = 0, dropped = 0
        for (itemKey, answer) in answers.sorted(by: { $0.key < $1.key }) where answer.action?.status == .open {
            guard checklist.item(itemKey) != nil else {
                dropped += 1
                continue
            }
            next.answers[itemKey] = answer
            carried += 1
        }
        return (next, carried, dropped)
    }

    /// Items whose corrective action is still open.
    public var openActions: Int { answers.values.count { $0.action?.status == .open } }
}
