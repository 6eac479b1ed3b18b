import CPangoCairo
import Foundation

/// A PNG decoded by Cairo from memory (the office logo), drawn scaled into a box.
final class PDFImage {
    let surface: OpaquePointer
    let pixelWidth: Double
    let pixelHeight: Double

    /// Nil when Cairo cannot decode the bytes as a PNG.
    init?(png: Data) {
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(Array(png))
        let pointer = Unmanaged.passRetained(reader).toOpaque()
        defer { Unmanaged<Reader>.fromOpaque(pointer).release() }
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            reader.bytes.withUnsafeBufferPointer { buffer in
                data.update(from: buffer.baseAddress! + reader.offset, count: count)
            }
            reader.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_image_surface_create_from_png_stream(read, pointer) else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              cairo_image_surface_get_width(surface) > 0, cairo_image_surface_get_height(surface) > 0 else {
            cairo_surface_destroy(surface)
            return nil
        }
        self.surface = surface
        pixelWidth = Double(cairo_image_surface_get_width(surface))
        pixelHeight = Double(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }

    /// The width that keeps the aspect ratio at `height`.
    func width(atHeight height: Double) -> Double { pixelWidth / pixelHeight * height }

    func draw(in context: OpaquePointer, x: Double, y: Double, height: Double) {
        let scale = height / pixelHeight
        cairo_save(context)
        cairo_translate(context, x, y)
        cairo_scale(context, scale, scale)
        cairo_set_source_surface(context, surface, 0, 0)
        cairo_paint(context)
        cairo_restore(context)
    }
}
