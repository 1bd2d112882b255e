// Command hello is the example service goship deploys: an HTTP server whose version, commit, build date
// and default port are injected at build time with -ldflags -X, and whose port can be overridden at run
// time with PORT (the ConfigMap-fed env var in Kubernetes).
//
// It is instrumented with OpenTelemetry: when OTEL_EXPORTER_OTLP_ENDPOINT or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set, every request becomes a server span ("GET /version") exported
// over OTLP/HTTP. Without them it sets up no SDK and behaves exactly as a stdlib-only server.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
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

// setupTracing installs a TracerProvider that batches spans to an OTLP/HTTP exporter when an OTLP endpoint
// is configured and OTEL_SDK_DISABLED is not true; the exporter reads the other OTEL_EXPORTER_OTLP_*
// variables (headers, protocol, timeout, TLS) itself. Otherwise the global provider stays the API's no-op
// one. The returned function flushes and stops the provider. Exports run in the background: a collector
// that is down costs a logged error, never a failed or slower request.
func setupTracing(ctx context.Context) func(context.Context) error {
	noop := func(context.Context) error { return nil }
	if strings.EqualFold(os.Getenv("OTEL_SDK_DISABLED"), "true") ||
		os.Getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == "" && os.Getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") == "" {
		return noop
	}
	exporter, err := otlptracehttp.New(ctx)
	if err != nil {
		log.Printf("tracing off: %v", err)
		return noop
	}
	// Later detectors win: OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES override these defaults.
	res, err := resource.New(ctx,
		resource.WithTelemetrySDK(),
		resource.WithAttributes(semconv.ServiceName("hello"), semconv.ServiceVersion(version)),
		resource.WithFromEnv(),
	)
	if err != nil {
		log.Printf("tracing: %v", err) // a malformed OTEL_RESOURCE_ATTRIBUTES: the rest is kept
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return tp.Shutdown
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "version" {
		fmt.Printf("version=%s commit=%s date=%s port=%s\n", version, commit, date, port)
		return
	}
	shutdownTracing := setupTracing(context.Background())
	mux := http.NewServeMux()
	// handle wraps each handler in a server span named after the method and the route ("GET /version").
	handle := func(pattern string, h http.HandlerFunc) {
		mux.Handle(pattern, otelhttp.NewHandler(h, pattern))
	}
	handle("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from %s\n", version)
	})
	handle("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	handle("/version", func(w http.ResponseWriter, r *http.Request) {
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
	// Flush the spans still queued, the last requests' included; a collector that does not answer costs
	// at most 3 s.
	ctx, cancelFlush := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancelFlush()
	if err := shutdownTracing(ctx); err != nil {
		log.Printf("tracing: %v", err)
	}
}
