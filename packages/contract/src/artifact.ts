/**
 * One built binary, as go-build-ldflags' `artifacts` output lists it and docker-multistage reads it: the
 * contract between the build and the image. Optional fields are the ones a hand-written list may leave out.
 */
export interface BuildArtifact {
  name: string;
  os: string;
  arch: string;
  variant?: string;
  /** `os/arch[/variant]`. */
  platform?: string;
  path: string;
  sha256?: string;
  size?: number;
  /** The -ldflags the binary was linked with. */
  ldflags?: string;
  /** The -X values the program carries (name → value). */
  injected?: Record<string, string>;
}
