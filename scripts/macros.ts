/**
 * `npm run --silent macros`: prints the app's requirements.json (the routine's macros, default
 * settings) to standard output, so `npm run --silent macros > requirements.json` gives clean JSON.
 */
import { requirementsJson } from '../src/macros/macros';

process.stdout.write(requirementsJson());
