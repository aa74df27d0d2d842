"""A fine-tuning job (x-oaiMeta example)."""

from openai_api import Client

client = Client()
job = client.fine_tuning.jobs.create(training_file="file-abc123", model="gpt-4o-mini")
job_id: str = job.id
print(job_id)
