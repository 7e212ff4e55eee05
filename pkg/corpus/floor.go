package corpus

import (
	"os"
	"sync"
	"sync/atomic"

	"gopkg.in/yaml.v3"
)

// ParseAll reads every file and parses it into yaml.v3 nodes on workers
// goroutines, and does nothing else: the floor that checking the same
// files cannot go below with this parser. It returns the bytes read.
func ParseAll(paths []string, workers int) (int64, error) {
	var total atomic.Int64
	var first atomic.Value
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				data, err := os.ReadFile(p)
				if err != nil {
					first.CompareAndSwap(nil, err)
					continue
				}
				var doc yaml.Node
				_ = yaml.Unmarshal(data, &doc) // broken YAML costs the same to find
				total.Add(int64(len(data)))
			}
		}()
	}
	for _, p := range paths {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	if err, ok := first.Load().(error); ok {
		return total.Load(), err
	}
	return total.Load(), nil
}
