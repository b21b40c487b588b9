//! Local sentiment: a BERT-family ONNX model (MiniLM-L6 + Mentora's head, or an installed nlptown
//! model) scores every message and entry; an AFINN baseline and the evaluation on labelled sentences.

pub mod affect_eval;
pub mod catalog;
pub mod eval;
pub mod install;
pub mod language;
pub mod lexicon;
pub mod model;
pub mod result;
pub mod scoring;
pub mod tokenize;

pub use catalog::{ModelSpec, DEFAULT_MODEL, FP32_MODEL, INT8_MODEL};
pub use model::SentimentModel;
pub use result::{Scale, Sentiment, TextEmotion};
