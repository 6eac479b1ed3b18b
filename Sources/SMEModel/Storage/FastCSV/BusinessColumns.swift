import Foundation

/// The business registry stored by column: texts once in one UTF-8 buffer (the file itself when
/// loaded from CSV) with a start and end offset per field, repeating values as small integer
/// codes, channel and payment sets as bit masks. `Business` values are made on demand.
///
/// Read-only after building. The derived indexes (search keys, sort orders) are built lazily,
/// once, under a lock.
public final class BusinessColumns: @unchecked Sendable {
    /// The text fields, in the order of their spans.
    enum TextField: Int, CaseIterable {
        case id, name, owner, ownerNIK, phone, nib
    }

    /// Which `Int32` column a number that does not fit is kept for, in `wideNumbers`.
    enum NumberField: Int {
        case employees, yearFounded, onlineSince
    }

    static let textFieldCount = TextField.allCases.count
    /// Marks an absent `onlineSince`.
    static let absent = Int32.min

    public let count: Int
    let text: ColumnBuffer<UInt8>
    /// Start and end offsets into `text`, `2 × textFieldCount` per row.
    let spans: ColumnBuffer<UInt32>
    let sectorCodes: ColumnBuffer<UInt16>
    let regionCodes: ColumnBuffer<UInt16>
    /// The text of each code; the registry's own sectors and regions come first, in its order.
    let sectorValues: [String]
    let regionValues: [String]
    let scales: ColumnBuffer<UInt8>
    let statuses: ColumnBuffer<UInt8>
    let online: ColumnBuffer<UInt8>
    /// Bit `n` set when the business uses `Channel.allCases[n]`.
    let channelMasks: ColumnBuffer<UInt16>
    let paymentMasks: ColumnBuffer<UInt8>
    let employees: ColumnBuffer<Int32>
    let yearsFounded: ColumnBuffer<Int32>
    let onlineSince: ColumnBuffer<Int32>
    /// Numbers outside the `Int32` range, keyed `row × 3 + NumberField`.
    let wideNumbers: [Int: Int]
    /// Lists not in catalogue order or with repeats, kept as written so files round-trip.
    let channelLists: [Int32: [Channel]]
    let paymentLists: [Int32: [PaymentMethod]]
    let ids: BusinessIDIndex

    private let lock = NSLock()
    private let searchIndexSlot = BuildOnce<BusinessSearchIndex>()
    private let filterCountsSlot = BuildOnce<FilterCounts>()
    private var orderSlots: [BusinessOrder.Key: BuildOnce<BusinessOrder>] = [:]

    struct Parts {
        var count: Int
        var text: ColumnBuffer<UInt8>
        var spans: ColumnBuffer<UInt32>
        var sectorCodes: ColumnBuffer<UInt16>
        var regionCodes: ColumnBuffer<UInt16>
        var sectorValues: [String]
        var regionValues: [String]
        var scales: ColumnBuffer<UInt8>
        var statuses: ColumnBuffer<UInt8>
        var online: ColumnBuffer<UInt8>
        var channelMasks: ColumnBuffer<UInt16>
        var paymentMasks: ColumnBuffer<UInt8>
        var employees: ColumnBuffer<Int32>
        var yearsFounded: ColumnBuffer<Int32>
        var onlineSince: ColumnBuffer<Int32>
        var wideNumbers: [Int: Int] = [:]
        var channelLists: [Int32: [Channel]] = [:]
        var paymentLists: [Int32: [PaymentMethod]] = [:]

        /// Columns for `count` rows, to be filled by a builder.
        init(count: Int, text: ColumnBuffer<UInt8>, sectorValues: [String], regionValues: [String]) {
            self.count = count
            self.text = text
            spans = ColumnBuffer(uninitializedCount: count * 2 * BusinessColumns.textFieldCount)
            sectorCodes = ColumnBuffer(uninitializedCount: count)
            regionCodes = ColumnBuffer(uninitializedCount: count)
            self.sectorValues = sectorValues
            self.regionValues = regionValues
            scales = ColumnBuffer(uninitializedCount: count)
            statuses = ColumnBuffer(uninitializedCount: count)
            online = ColumnBuffer(uninitializedCount: count)
            channelMasks = ColumnBuffer(uninitializedCount: count)
            paymentMasks = ColumnBuffer(uninitializedCount: count)
            employees = ColumnBuffer(uninitializedCount: count)
            yearsFounded = ColumnBuffer(uninitializedCount: count)
            onlineSince = ColumnBuffer(uninitializedCount: count)
        }

        /// Columns already filled (read back from a column cache file).
        init(count: Int, text: ColumnBuffer<UInt8>, spans: ColumnBuffer<UInt32>, sectorCodes: ColumnBuffer<UInt16>,
             regionCodes: ColumnBuffer<UInt16>, sectorValues: [String], regionValues: [String], scales: ColumnBuffer<UInt8>,
             statuses: ColumnBuffer<UInt8>, online: ColumnBuffer<UInt8>, channelMasks: ColumnBuffer<UInt16>,
             paymentMasks: ColumnBuffer<UInt8>, employees: ColumnBuffer<Int32>, yearsFounded: ColumnBuffer<Int32>,
             onlineSince: ColumnBuffer<Int32>) {
            self.count = count
            self.text = text
            self.spans = spans
            self.sectorCodes = sectorCodes
            self.regionCodes = regionCodes
            self.sectorValues = sectorValues
            self.regionValues = regionValues
            self.scales = scales
            self.statuses = statuses
            self.online = online
            self.channelMasks = channelMasks
            self.paymentMasks = paymentMasks
            self.employees = employees
            self.yearsFounded = yearsFounded
            self.onlineSince = onlineSince
        }

        /// Every per-row column, for moving rows and shrinking after a parallel parse.
        func moveRows(from source: Int, to destination: Int, count rows: Int) {
            let width = 2 * BusinessColumns.textFieldCount
            spans.move(from: source * width, to: destination * width, length: rows * width)
            for column in [scales, statuses, online, paymentMasks] { column.move(from: source, to: destination, length: rows) }
            for column in [sectorCodes, regionCodes, channelMasks] { column.move(from: source, to: destination, length: rows) }
            for column in [employees, yearsFounded, onlineSince] { column.move(from: source, to: destination, length: rows) }
        }

        mutating func shrink(to rows: Int) {
            count = rows
            spans.shrink(to: rows * 2 * BusinessColumns.textFieldCount)
            for column in [scales, statuses, online, paymentMasks] { column.shrink(to: rows) }
            for column in [sectorCodes, regionCodes, channelMasks] { column.shrink(to: rows) }
            for column in [employees, yearsFounded, onlineSince] { column.shrink(to: rows) }
        }
    }

    /// `ids` comes from the column cache; without it the index is built from the ids.
    init(_ parts: Parts, ids prebuilt: BusinessIDIndex? = nil) {
        count = parts.count
        text = parts.text
        spans = parts.spans
        sectorCodes = parts.sectorCodes
        regionCodes = parts.regionCodes
        sectorValues = parts.sectorValues
        regionValues = parts.regionValues
        scales = parts.scales
        statuses = parts.statuses
        online = parts.online
        channelMasks = parts.channelMasks
        paymentMasks = parts.paymentMasks
        employees = parts.employees
        yearsFounded = parts.yearsFounded
        onlineSince = parts.onlineSince
        wideNumbers = parts.wideNumbers
        channelLists = parts.channelLists
        paymentLists = parts.paymentLists
        ids = prebuilt ?? BusinessIDIndex(text: parts.text, spans: parts.spans, count: parts.count)
    }

    // MARK: - Field access

    @inline(__always) func textRange(_ row: Int, _ field: TextField) -> (start: Int, end: Int) {
        let slot = (row * Self.textFieldCount + field.rawValue) * 2
        return (Int(spans[slot]), Int(spans[slot + 1]))
    }

    @inline(__always) func bytes(_ row: Int, _ field: TextField) -> UnsafeBufferPointer<UInt8> {
        let range = textRange(row, field)
        return UnsafeBufferPointer(start: text.base + range.start, count: range.end - range.start)
    }

    func string(_ row: Int, _ field: TextField) -> String {
        String(decoding: bytes(row, field), as: UTF8.self)
    }

    func optionalString(_ row: Int, _ field: TextField) -> String? {
        let range = textRange(row, field)
        return range.end == range.start ? nil : string(row, field)
    }

    func number(_ row: Int, _ field: NumberField) -> Int? {
        let column = switch field {
        case .employees: employees
        case .yearFounded: yearsFounded
        case .onlineSince: onlineSince
        }
        let value = column[row]
        if value == Self.absent { return wideNumbers[row * 3 + field.rawValue] }
        return Int(value)
    }

    func channels(_ row: Int) -> [Channel] {
        if let list = channelLists[Int32(row)] { return list }
        return Self.members(of: UInt64(channelMasks[row]), in: Channel.allCases)
    }

    /// Number of channels as listed (repeats included), the channel sort key.
    func channelCount(_ row: Int) -> Int {
        if let list = channelLists[Int32(row)] { return list.count }
        return channelMasks[row].nonzeroBitCount
    }

    func payments(_ row: Int) -> [PaymentMethod] {
        if let list = paymentLists[Int32(row)] { return list }
        return Self.members(of: UInt64(paymentMasks[row]), in: PaymentMethod.allCases)
    }

    static func members<T>(of mask: UInt64, in all: [T]) -> [T] {
        var out: [T] = []
        for (bit, value) in all.enumerated() where mask & (1 << UInt64(bit)) != 0 { out.append(value) }
        return out
    }

    func business(_ row: Int) -> Business {
        Business(
            id: string(row, .id), name: string(row, .name), owner: string(row, .owner),
            ownerNIK: optionalString(row, .ownerNIK), phone: string(row, .phone),
            sector: sectorValues[Int(sectorCodes[row])], region: regionValues[Int(regionCodes[row])],
            scale: Scale.allCases[Int(scales[row])], nib: optionalString(row, .nib),
            employees: number(row, .employees) ?? 0, yearFounded: number(row, .yearFounded) ?? 0,
            online: online[row] != 0, onlineSince: number(row, .onlineSince), channels: channels(row),
            payments: payments(row), status: OperatingStatus.allCases[Int(statuses[row])])
    }

    // MARK: - Derived indexes, built once

    /// Lower-cased "name owner id" keys for searching and name sorting.
    var searchIndex: BusinessSearchIndex {
        searchIndexSlot.value { BusinessSearchIndex(self) }
    }

    /// Counts per combination of filter codes, built on first use.
    var filterCounts: FilterCounts {
        filterCountsSlot.value { FilterCounts(self) }
    }

    var filterCountsIfBuilt: FilterCounts? { filterCountsSlot.ifBuilt }

    /// An order read back from the column cache, so it is not sorted again.
    func setOrder(_ key: BusinessOrder.Key, _ order: BusinessOrder) {
        lock.lock()
        let slot = orderSlots[key] ?? BuildOnce<BusinessOrder>()
        orderSlots[key] = slot
        lock.unlock()
        _ = slot.value { order }
    }

    /// The rows in the order of `key`, computed on first use. A caller asking while another
    /// thread builds the same order waits for it instead of building it twice.
    func order(_ key: BusinessOrder.Key) -> BusinessOrder {
        lock.lock()
        let slot = orderSlots[key] ?? BuildOnce<BusinessOrder>()
        orderSlots[key] = slot
        lock.unlock()
        return slot.value { BusinessOrder(key, of: self) }
    }
}
