// A stdlib-only HTTP service used by test/infra/images/check-builder to prove that a multi-stage
// Dockerfile with `RUN go build` builds here, and that -X reaches the binary.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

var (
	version = "dev"
	port    = "8080"
)

func main() {
	p := os.Getenv("PORT")
	if p == "" {
		p = port
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello version=%s uid=%d\n", version, os.Getuid())
	})
	log.Fatal(http.ListenAndServe(os.Getenv("ADDR")+":"+p, nil))
}
