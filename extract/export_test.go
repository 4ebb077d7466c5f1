package extract

// CountSentences exposes the splitter to the external tests (benchmarks
// report sentences per second).
func CountSentences(text string) int { return len(splitSentences(text, nil)) }

// EndingVariants exposes endingVariants to the external tests.
func EndingVariants(al string) []string { return endingVariants(al) }
