"""The packaged default severity model (model.onnx, tokenizer.json, manifest.json)."""
