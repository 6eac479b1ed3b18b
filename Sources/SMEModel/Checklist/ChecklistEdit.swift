/// One change an official makes to a draft checklist template. Applied with
/// `Checklist.applying(_:)`, which returns a new value, so undo and redo are a stack of snapshots.
public enum ChecklistEdit: Hashable, Sendable {
    /// Where a new item goes.
    public enum Placement: Hashable, Sendable {
        /// Directly after this item, in its section.
        case after(itemKey: String)
        /// As the last item of this section.
        case atEndOf(sectionKey: String)
    }

    public enum Direction: Hashable, Sendable { case up, down }

    /// A new `yes_no_na` item of weight 1 with the next unused key (`<keyPrefix>-NNN`).
    case addItem(Placement, text: String, textEn: String, source: String = "")
    /// Replaces the Indonesian and/or English text; nil leaves that language unchanged.
    case editText(itemKey: String, text: String?, textEn: String?)
    /// Removes the item and retires its key for good.
    case deleteItem(itemKey: String)
    /// Moves the item by one place; past the edge of its section it joins the neighbouring section.
    case moveItem(itemKey: String, Direction)
    /// Clearing `required` also clears `critical`, because a critical item is always required.
    case setRequired(itemKey: String, Bool)
    /// Setting `critical` also sets `required`.
    case setCritical(itemKey: String, Bool)
    case setWeight(itemKey: String, Double)
    case setSource(itemKey: String, String)
    /// Changes the answer type. A `number` needs a fail condition; other types drop `failIf` and
    /// `unit`; a `text` item gets weight 0 and a text item turned scored gets weight 1 back.
    case setType(itemKey: String, AnswerType, failIf: FailCondition? = nil, unit: String? = nil)
    /// The corrective action proposed when the item fails; nil removes it.
    case setOnFail(itemKey: String, FailAction?)
    /// A new empty section after `afterSectionKey` (at the end when nil). The key is derived from
    /// the Indonesian title when `key` is nil.
    case addSection(key: String? = nil, title: String, titleEn: String, afterSectionKey: String? = nil)
    case renameSection(sectionKey: String, title: String, titleEn: String)
}
