/// How many businesses share each combination of the filterable codes: sector, region, scale,
/// online and channel set. Counted once per registry (one pass over five code columns), so the
/// counts behind a filter change (the sector list, "n of N") come from a few thousand cells
/// instead of a pass over ten million rows.
struct FilterCounts: Sendable {
    let sectors: Int
    let regions: Int
    let scales: Int
    /// The channel sets that occur, each a `channelMasks` value.
    let masks: [UInt16]
    /// Index `(((sector × regions + region) × scales + scale) × 2 + online) × masks.count + mask`.
    let cells: [Int]

    init(_ columns: BusinessColumns) {
        sectors = columns.sectorValues.count
        regions = columns.regionValues.count
        scales = Scale.allCases.count
        let pieces = ParallelWork.ranges(columns.count, minimum: BusinessQuery.rowsPerPiece)
        // The channel sets first, so the cells can be numbered densely.
        let seen = ParallelWork.map(pieces.count) { piece in
            var seen = [Bool](repeating: false, count: 1 << 16)
            for row in pieces[piece] { seen[Int(columns.channelMasks[row])] = true }
            return seen
        }
        var numberOf = [Int32](repeating: -1, count: 1 << 16)
        var masks: [UInt16] = []
        for mask in 0..<(1 << 16) where seen.contains(where: { $0[mask] }) {
            numberOf[mask] = Int32(masks.count)
            masks.append(UInt16(mask))
        }
        self.masks = masks
        let (regions, scales, maskCount) = (regions, scales, max(masks.count, 1))
        let size = sectors * regions * scales * 2 * maskCount
        let partial = ParallelWork.map(pieces.count) { piece in
            var cells = [Int](repeating: 0, count: size)
            cells.withUnsafeMutableBufferPointer { cells in
                for row in pieces[piece] {
                    let place = ((Int(columns.sectorCodes[row]) * regions + Int(columns.regionCodes[row])) * scales
                        + Int(columns.scales[row])) * 2 + Int(min(columns.online[row], 1))
                    cells[place * maskCount + Int(numberOf[Int(columns.channelMasks[row])])] += 1
                }
            }
            return cells
        }
        var cells = partial.first ?? [Int](repeating: 0, count: size)
        for part in partial.dropFirst() {
            for index in cells.indices { cells[index] += part[index] }
        }
        self.cells = cells
    }

    /// Matches per sector code under every filter but the sector, and their sum.
    func counts(_ filter: BusinessFilter) -> (perCode: [Int], all: Int) {
        var perCode = [Int](repeating: 0, count: sectors)
        let maskCount = max(masks.count, 1)
        let wantedMasks = masks.map { mask in filter.channelBit.map { mask & $0 != 0 } ?? true }
        var all = 0
        for sector in 0..<sectors {
            for region in 0..<regions {
                if let wanted = filter.region, wanted != region { continue }
                if let set = filter.regionSet, !set[region] { continue }
                for scale in 0..<scales {
                    if let wanted = filter.scale, Int(wanted) != scale { continue }
                    for online in 0..<2 {
                        if let wanted = filter.online, Int(wanted) != online { continue }
                        let base = (((sector * regions + region) * scales + scale) * 2 + online) * maskCount
                        for mask in 0..<masks.count where wantedMasks[mask] {
                            perCode[sector] += cells[base + mask]
                        }
                    }
                }
            }
            all += perCode[sector]
        }
        return (perCode, all)
    }
}
