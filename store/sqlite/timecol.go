package sqlite

import (
	"database/sql"
	"math"
	"time"
)

// Times are stored as unix nanoseconds. A published date must always order,
// so its zero value is the smallest integer (older than anything) rather
// than NULL; other times store zero as NULL.

// noDate is how a zero published date is stored.
const noDate = math.MinInt64

// The range time.UnixNano can represent.
var (
	minNano = time.Unix(0, math.MinInt64+1)
	maxNano = time.Unix(0, math.MaxInt64)
)

// dateCol encodes a published date and its UTC offset in seconds.
func dateCol(t time.Time) (nanos int64, offset int) {
	if t.IsZero() {
		return noDate, 0
	}
	_, offset = t.Zone()
	switch {
	case t.Before(minNano):
		return minNano.UnixNano(), offset
	case t.After(maxNano):
		return math.MaxInt64, offset
	}
	return t.UnixNano(), offset
}

// dateOf decodes dateCol.
func dateOf(nanos int64, offset int) time.Time {
	if nanos == noDate {
		return time.Time{}
	}
	t := time.Unix(0, nanos)
	if offset == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone("", offset))
}

// timeCol encodes a time that may be zero ("never") as NULL.
func timeCol(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	n, _ := dateCol(t)
	return sql.NullInt64{Int64: n, Valid: true}
}

// timeOf decodes timeCol, in UTC.
func timeOf(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

// nanos encodes a time that is never zero (stored, updated).
func nanos(t time.Time) int64 {
	n, _ := dateCol(t)
	return n
}
