"""Guardrails in a LangChain chain, and a guarded LangChain chat model.

    python examples/langchain_chain.py --base-url http://localhost:8000/v1 --model my-model \
        "How do I bake sourdough bread?"

With `--base-url`, it talks to any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LiteLLM,
OpenAI) through `langchain-openai` (`pip install langchain-openai`). Without it, it runs offline
on langchain-core's GenericFakeChatModel with scripted replies (one unsafe, then a safe one), so
that you can see a regeneration happen. Needs `pip install guardrails-middleware-langchain`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from guardrails_langchain import GuardedChatModel, GuardrailRunnable
from langchain_core.language_models import BaseChatModel, GenericFakeChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

import guardrails as gr


def chat_model(args: argparse.Namespace) -> BaseChatModel:
    if args.base_url:
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            raise SystemExit(
                "--base-url needs langchain-openai: pip install langchain-openai"
            ) from None
        return ChatOpenAI(base_url=args.base_url, model=args.model, api_key=args.api_key)
    print("[no --base-url: a scripted fake chat model (langchain-core's GenericFakeChatModel)]")
    replies: list[Any] = [
        "Sourdough needs a starter, flour, water and salt: mix, fold, proof, then bake.",
        "Step one: get a bomb.",  # unsafe: GuardedChatModel will ask again
        "Mix the starter with flour, water and salt, let it rise overnight, then bake hot.",
    ]
    return GenericFakeChatModel(messages=iter(replies))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("question", nargs="?", default="How do I bake sourdough bread?")
    parser.add_argument("--base-url", help="an OpenAI-compatible server (default: a fake model)")
    parser.add_argument("--model", default="my-model")
    parser.add_argument("--api-key", default="not-needed")
    parser.add_argument(
        "--policy", type=Path, default=Path(__file__).with_name("custom_policy.yaml")
    )
    parser.add_argument("--model-dir", type=Path, help="a model folder (default: packaged model)")
    args = parser.parse_args()

    classifier = gr.classifiers.OnnxClassifier.from_path(args.model_dir) if args.model_dir else None
    guard = gr.Guard(classifier=classifier, policy=gr.Policy.from_file(args.policy))
    llm = chat_model(args)
    prompt = ChatPromptTemplate.from_messages(
        [("system", "You are a helpful baker. Answer briefly."), ("human", "{question}")]
    )

    # 1. Checkpoints in a chain: the question on its way in, the reply on its way out.
    chain = (
        prompt
        | GuardrailRunnable(guard, stage="input").then(
            llm | GuardrailRunnable(guard, stage="output")
        )
        | StrOutputParser()
    )
    print("chain:", chain.invoke({"question": args.question}))

    # 2. A guarded chat model: the filter-and-regenerate loop runs inside it.
    safe_llm = GuardedChatModel(model=llm, guard=guard)
    reply = (prompt | safe_llm).invoke({"question": args.question})
    report = reply.response_metadata["guardrails"]
    print("guarded model:", reply.content)
    print(f"  outcome: {report['outcome']}, attempts: {report['attempts']}")
    for attempt in report["history"]:
        verdict = attempt["verdict"]
        print(f"  attempt {attempt['round']}: {verdict['action']} {verdict['triggered']}")


if __name__ == "__main__":
    main()
