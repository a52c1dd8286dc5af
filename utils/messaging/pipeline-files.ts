/**
 * What the background injects into a frame where Ferry wakes up, as WXT builds it from
 * entrypoints/pipeline.content, and the flag the pipeline sets in the frame's content-script
 * world so that it runs once however often it is injected.
 */
export const PIPELINE_SCRIPT = '/content-scripts/pipeline.js';
export const PIPELINE_STYLE = '/content-scripts/pipeline.css';
export const PIPELINE_LOADED_FLAG = '__ferryPipeline';
