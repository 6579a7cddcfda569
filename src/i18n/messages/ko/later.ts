import { results } from './results';
import { assumptions } from './assumptions';
import { notices } from './notices';
import { timeline } from './timeline';
import { sources } from './sources';
import { spread } from './spread';
import { sensitivity } from './sensitivity';
import { solver } from './solver';
import { weight } from './weight';
import { share } from './share';
import { downloads } from './downloads';
import { compare } from './compare';
import { footer } from './footer';
import { working } from './working';
import { scenario } from './scenario';
import { statements } from './statements';
import { facts } from './facts';
import type { LaterMessages } from '../en/later';

export const later: LaterMessages = {
  results,
  assumptions,
  notices,
  timeline,
  sources,
  spread,
  sensitivity,
  solver,
  weight,
  share,
  downloads,
  compare,
  footer,
  working,
  scenario,
  /** Every statement's words in this language, by id (src/facts/statements/). */
  statements,
  facts,
};
