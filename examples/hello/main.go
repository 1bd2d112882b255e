// Command hello is the example service goship deploys: a stdlib-only HTTP server whose version, commit,
// build date and default port are injected at build time with -ldflags -X, and whose port can be
// overridden at run time with PORT (the ConfigMap-fed env var in Kubernetes).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Set by `go build -ldflags "-X main.version=... -X main.port=..."`.
var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
	port    = "8080"
)

func listenPort() string {
	if p := os.Getenv("PORT"); p != "" {
		return p
	}
	return port
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "version" {
		fmt.Printf("version=%s commit=%s date=%s port=%s\n", version, commit, date, port)
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from %s\n", version)
	})
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/version", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"version": version, "commit": commit, "date": date, "port": port})
	})
	addr := ":" + listenPort()
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		log.Printf("hello %s listening on %s", version, addr)
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(ctx)
}
