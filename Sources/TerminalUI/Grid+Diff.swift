extension Grid {
    /// A stretch of changed cells on one row sharing a style: what a backend writes in one call.
    public struct Run: Hashable, Sendable {
        public var x: Int
        public var y: Int
        /// Display columns covered (wide characters count 2).
        public var width: Int
        public var text: String
        public var style: Style

        public init(x: Int, y: Int, width: Int, text: String, style: Style) {
            self.x = x
            self.y = y
            self.width = width
            self.text = text
            self.style = style
        }
    }

    /// The runs that turn `old` into this grid. Grids of different sizes repaint every row.
    public func diff(from old: Grid) -> [Run] {
        let sameSize = old.width == width && old.height == height
        var runs: [Run] = []
        for y in 0..<height {
            var current: Run?
            var x = 0
            while x < width {
                let cell = self[x, y]
                // A lead cell and its continuation always travel together.
                let span = cell.width == 2 && x + 1 < width ? 2 : 1
                var changed = !sameSize
                if !changed {
                    for dx in 0..<span where self[x + dx, y] != old[x + dx, y] { changed = true }
                }
                if cell.isContinuation {
                    // A continuation without its lead (never made by put) is drawn as a space.
                    if changed { append(&current, to: &runs, x: x, y: y, text: " ", width: 1, style: cell.style) }
                    x += 1
                    continue
                }
                if changed {
                    append(&current, to: &runs, x: x, y: y, text: cell.text, width: span, style: cell.style)
                } else if let run = current {
                    runs.append(run)
                    current = nil
                }
                x += span
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    private func append(_ current: inout Run?, to runs: inout [Run], x: Int, y: Int,
                        text: String, width: Int, style: Style) {
        if var run = current, run.style == style, run.x + run.width == x {
            run.text += text
            run.width += width
            current = run
            return
        }
        if let run = current { runs.append(run) }
        current = Run(x: x, y: y, width: width, text: text, style: style)
    }
}
