/// A rectangle of cells; widgets render into one. Negative sizes are clamped to zero.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(width, 0)
        self.height = max(height, 0)
    }

    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var size: Size { Size(width: width, height: height) }
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }

    public var description: String { "Rect(x: \(x), y: \(y), \(width)x\(height))" }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < right && point.y >= y && point.y < bottom
    }

    /// The overlap of two rectangles, empty (at self's origin) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(self.right, other.right), bottom = min(self.bottom, other.bottom)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks every side by the given amount, never below zero size.
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let dx = min(max(horizontal, 0), width / 2), dy = min(max(vertical, 0), height / 2)
        return Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// A rectangle of at most the given size, centred in this one.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(max(width, 0), self.width), h = min(max(height, 0), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// The single row at offset `index` (empty when outside).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(index, 0), width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Splits into stacked rows, one per constraint, with `spacing` blank rows between them.
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        var top = y
        return Constraint.split(height, into: constraints, spacing: spacing).map { size in
            defer { top += size + max(spacing, 0) }
            return Rect(x: x, y: top, width: width, height: size)
        }
    }

    /// Splits into side-by-side columns, one per constraint, with `spacing` blank columns between them.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        var left = x
        return Constraint.split(width, into: constraints, spacing: spacing).map { size in
            defer { left += size + max(spacing, 0) }
            return Rect(x: left, y: y, width: size, height: height)
        }
    }
}
