// go-build-ldflags: the stage (packages/go/src/stages/go-build-ldflags.ts) as an action. Every input is read
// and checked before the build half (and the toolchain half, never used here) is loaded.
import { goBuildLdflags } from '@goship/go';
import { runStageAction } from '@goship/kit';

await runStageAction(goBuildLdflags);
