package analysis

// suggest returns the candidate closest to name by edit distance, when it
// is close enough to be a likely typo ("chanel" for "channel"), or "".
func suggest(name string, candidates []string) string {
	// A typo costs about one edit per three letters: "c" is no typo of
	// "a", "chanel" is one of "channel".
	limit := min((len(name)+1)/3, 3)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if c == name || (len(c) > 0 && c[0] == '_' && (len(name) == 0 || name[0] != '_')) {
			continue
		}
		if d := editDistance(name, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and transpositions of adjacent bytes each cost 1.
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
