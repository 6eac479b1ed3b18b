/// A value that draws itself into part of a grid. Rendering never changes the widget;
/// anything outside `area` or the grid is left untouched.
public protocol Widget {
    func render(in area: Rect, into grid: inout Grid)
}
