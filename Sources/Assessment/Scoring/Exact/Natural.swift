/// A whole number ≥ 0 of any size: the numerators and denominators of exact scores, which can
/// outgrow 64 bits once a topic's domain means (each with its own denominator) are averaged.
/// Only what exact scoring needs: add, subtract, multiply, compare.
package struct Natural: Sendable, Hashable, Comparable {
    /// Base-2³² digits, least significant first, with no leading zeros (zero has none).
    private(set) var digits: [UInt32]

    package init(_ value: UInt64) {
        let low = UInt32(truncatingIfNeeded: value), high = UInt32(truncatingIfNeeded: value >> 32)
        digits = high != 0 ? [low, high] : low != 0 ? [low] : []
    }

    private init(trimming digits: [UInt32]) {
        var digits = digits
        while digits.last == 0 { digits.removeLast() }
        self.digits = digits
    }

    /// 2 to the power `exponent`.
    package static func powerOfTwo(_ exponent: Int) -> Natural {
        var digits = [UInt32](repeating: 0, count: exponent / 32 + 1)
        digits[exponent / 32] = 1 << UInt32(exponent % 32)
        return Natural(trimming: digits)
    }

    package var isZero: Bool { digits.isEmpty }

    /// The value as a `UInt64`, or nil when it needs more bits.
    package var uint64: UInt64? {
        switch digits.count {
        case 0: 0
        case 1: UInt64(digits[0])
        case 2: UInt64(digits[1]) << 32 | UInt64(digits[0])
        default: nil
        }
    }

    /// The nearest `Double` (infinity past its range).
    package var doubleValue: Double { digits.reversed().reduce(0) { $0 * 4_294_967_296 + Double($1) } }

    package static func + (a: Natural, b: Natural) -> Natural {
        let count = max(a.digits.count, b.digits.count)
        var sum: [UInt32] = []
        sum.reserveCapacity(count + 1)
        var carry: UInt64 = 0
        for i in 0..<count {
            let s = UInt64(a.digit(i)) + UInt64(b.digit(i)) + carry
            sum.append(UInt32(truncatingIfNeeded: s))
            carry = s >> 32
        }
        if carry != 0 { sum.append(UInt32(carry)) }
        return Natural(trimming: sum)
    }

    /// `a − b`; `a` must be at least `b`.
    package static func - (a: Natural, b: Natural) -> Natural {
        precondition(a >= b, "Natural subtraction below zero")
        var difference = a.digits
        var borrow: UInt64 = 0
        for i in difference.indices {
            let subtrahend = UInt64(b.digit(i)) + borrow
            let minuend = UInt64(difference[i])
            borrow = minuend < subtrahend ? 1 : 0
            difference[i] = UInt32(truncatingIfNeeded: minuend &+ (borrow << 32) &- subtrahend)
        }
        return Natural(trimming: difference)
    }

    package static func * (a: Natural, b: Natural) -> Natural {
        guard !a.isZero, !b.isZero else { return Natural(0) }
        var product = [UInt32](repeating: 0, count: a.digits.count + b.digits.count)
        for i in a.digits.indices {
            let x = UInt64(a.digits[i])
            var carry: UInt64 = 0
            for j in b.digits.indices {
                // At most (2³² − 1)² + 2 (2³² − 1) = 2⁶⁴ − 1: no overflow.
                let t = x * UInt64(b.digits[j]) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            product[i + b.digits.count] = UInt32(carry)
        }
        return Natural(trimming: product)
    }

    package static func < (a: Natural, b: Natural) -> Bool {
        guard a.digits.count == b.digits.count else { return a.digits.count < b.digits.count }
        for i in a.digits.indices.reversed() where a.digits[i] != b.digits[i] {
            return a.digits[i] < b.digits[i]
        }
        return false
    }

    private func digit(_ i: Int) -> UInt32 { i < digits.count ? digits[i] : 0 }
}
