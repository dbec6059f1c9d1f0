import type { BuildOptions } from 'esbuild';

export interface Target {
  entry: string;
  out: string;
  shimImportMeta?: boolean;
}
export const NATIVE_EXTERNALS: string[];
export function nodeTargets(): Target[];
export function electronTargets(): (Target & { shimImportMeta: boolean })[];
export function nodeBuildOptions(root: string, t: Target): BuildOptions;
export function electronBuildOptions(root: string, t: Target): BuildOptions;
