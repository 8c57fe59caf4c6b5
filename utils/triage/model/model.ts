import weights from './model-weights.json';
import { LinearModel, type ModelFile } from './linear-model';

let model: LinearModel | undefined;

/** The model `npm run train` produced, built on first use (the trainer imports this module's neighbours, not it). */
export function triageModel(): LinearModel {
  return (model ??= new LinearModel(weights as unknown as ModelFile));
}
