import { type InfraPiece, infraDown } from './infra';

export default async function globalTeardown(): Promise<void> {
  if (process.env.GOSHIP_KEEP_INFRA === '1') return;
  for (const piece of (process.env.GOSHIP_INFRA_STARTED ?? '').split(',').filter(Boolean))
    infraDown(piece as InfraPiece);
}
