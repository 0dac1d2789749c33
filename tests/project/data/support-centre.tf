# Amazon Connect Cases rules and templates exported by Casewright from domain "Support Centre".
# What the awscc provider cannot express (field-options rules, andAll/orAll groups) is left out.

terraform {
  required_providers {
    awscc = {
      source = "hashicorp/awscc"
    }
  }
}

variable "domain_id" {
  description = "The Cases domain to deploy into"
  type        = string
  default     = "09360fd9-e272-549f-9122-b5c47c94cb3b"
}

resource "awscc_cases_case_rule" "resolution_notes_required_when_closed" {
  domain_id   = var.domain_id
  name        = "Resolution notes required when closed"
  description = "Agents must say how a case was resolved before closing it."
  rule = {
    required = {
      default_value = false
      conditions = [
        {
          equal_to = {
            operand_one = {
              field_id = "status"
            }
            operand_two = {
              string_value = "closed"
            }
            result = true
          }
        },
      ]
    }
  }
  tags = [
    {
      key   = "owner"
      value = "support-ops"
    },
  ]
}

resource "awscc_cases_case_rule" "refund_amount_shown_for_billing_only" {
  domain_id   = var.domain_id
  name        = "Refund amount shown for billing only"
  description = "Refund amount is hidden unless Category is Billing."
  rule = {
    hidden = {
      default_value = false
      conditions = [
        {
          not_equal_to = {
            operand_one = {
              field_id = "494a2506-681f-5d8b-9091-d436305b9d66"
            }
            operand_two = {
              string_value = "billing"
            }
            result = true
          }
        },
      ]
    }
  }
  tags = [
    {
      key   = "owner"
      value = "billing"
    },
  ]
}

resource "awscc_cases_case_rule" "follow_up_date_hidden_when_nothing_is_due" {
  domain_id   = var.domain_id
  name        = "Follow-up date hidden when nothing is due"
  description = "No follow-up once a case is closed or when the refund amount is zero."
  rule = {
    hidden = {
      default_value = false
      conditions = [
        {
          equal_to = {
            operand_one = {
              field_id = "status"
            }
            operand_two = {
              string_value = "closed"
            }
            result = true
          }
        },
        {
          equal_to = {
            operand_one = {
              field_id = "8c21b2a1-6901-5888-8ed9-a7bc245587fd"
            }
            operand_two = {
              double_value = 0
            }
            result = true
          }
        },
      ]
    }
  }
}

resource "awscc_cases_case_rule" "escalated_to_required_for_assigned_vip_cases" {
  domain_id   = var.domain_id
  name        = "Escalated to required for assigned VIP cases"
  description = "VIP cases need a second-line owner, but only once someone is assigned."
  rule = {
    required = {
      default_value = false
      conditions = [
        {
          equal_to = {
            operand_one = {
              field_id = "assigned_user"
            }
            operand_two = {
              empty_value = jsonencode({})
            }
            result = false
          }
        },
        {
          equal_to = {
            operand_one = {
              field_id = "eb956ec4-562b-5f25-a901-b5602f529bb3"
            }
            operand_two = {
              boolean_value = true
            }
            result = true
          }
        },
      ]
    }
  }
}

resource "awscc_cases_case_rule" "order_number_required_when_a_channel_is_set" {
  domain_id   = var.domain_id
  name        = "Order number required when a channel is set"
  description = "Any case that came in through a known channel must quote the order."
  rule = {
    required = {
      default_value = false
      conditions = [
        {
          not_equal_to = {
            operand_one = {
              field_id = "9182b519-ac14-54ee-bf28-288ccb6488cb"
            }
            operand_two = {
              empty_value = jsonencode({})
            }
            result = true
          }
        },
      ]
    }
  }
}

resource "awscc_cases_template" "customer_support" {
  domain_id   = var.domain_id
  name        = "Customer support"
  description = "General customer enquiries and technical problems."
  status      = "Active"
  layout_configuration = {
    default_layout = "a0dae03f-1e72-5ad8-9ce8-04615661c3c8"
  }
  required_fields = [
    {
      field_id = "title"
    },
    {
      field_id = "10fd19fe-bb18-514b-978f-b601f0533303"
    },
    {
      field_id = "494a2506-681f-5d8b-9091-d436305b9d66"
    },
  ]
  rules = [
    {
      case_rule_id = awscc_cases_case_rule.resolution_notes_required_when_closed.case_rule_id
      field_id     = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552"
    },
    {
      case_rule_id = awscc_cases_case_rule.follow_up_date_hidden_when_nothing_is_due.case_rule_id
      field_id     = "0dcc11ab-679a-5d1b-86ae-5087404a414b"
    },
    {
      case_rule_id = awscc_cases_case_rule.escalated_to_required_for_assigned_vip_cases.case_rule_id
      field_id     = "9c58283d-2717-542c-b01b-b9eab6dc99cb"
    },
    {
      case_rule_id = awscc_cases_case_rule.order_number_required_when_a_channel_is_set.case_rule_id
      field_id     = "ad007165-26f5-5805-834a-9929af03a56b"
    },
  ]
  tags = [
    {
      key   = "cost-centre"
      value = "cc-4410"
    },
    {
      key   = "team"
      value = "support-ops"
    },
  ]
}

resource "awscc_cases_template" "billing_dispute" {
  domain_id   = var.domain_id
  name        = "Billing dispute"
  description = "Refunds, overcharges and invoice questions."
  status      = "Active"
  layout_configuration = {
    default_layout = "fb608f69-5491-5ef6-abc8-907c566beb0e"
  }
  required_fields = [
    {
      field_id = "title"
    },
    {
      field_id = "494a2506-681f-5d8b-9091-d436305b9d66"
    },
    {
      field_id = "ad007165-26f5-5805-834a-9929af03a56b"
    },
  ]
  rules = [
    {
      case_rule_id = awscc_cases_case_rule.resolution_notes_required_when_closed.case_rule_id
      field_id     = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552"
    },
    {
      case_rule_id = awscc_cases_case_rule.refund_amount_shown_for_billing_only.case_rule_id
      field_id     = "8c21b2a1-6901-5888-8ed9-a7bc245587fd"
    },
    {
      case_rule_id = awscc_cases_case_rule.follow_up_date_hidden_when_nothing_is_due.case_rule_id
      field_id     = "0dcc11ab-679a-5d1b-86ae-5087404a414b"
    },
    {
      case_rule_id = awscc_cases_case_rule.escalated_to_required_for_assigned_vip_cases.case_rule_id
      field_id     = "9c58283d-2717-542c-b01b-b9eab6dc99cb"
    },
  ]
  tags = [
    {
      key   = "cost-centre"
      value = "cc-4420"
    },
    {
      key   = "team"
      value = "billing"
    },
  ]
}

resource "awscc_cases_template" "complaint_legacy" {
  domain_id   = var.domain_id
  name        = "Complaint (legacy)"
  description = "Replaced by Customer support in April 2026; kept for existing cases."
  status      = "Inactive"
  layout_configuration = {
    default_layout = "a0dae03f-1e72-5ad8-9ce8-04615661c3c8"
  }
  required_fields = [
    {
      field_id = "title"
    },
  ]
  rules = [
    {
      case_rule_id = awscc_cases_case_rule.resolution_notes_required_when_closed.case_rule_id
      field_id     = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552"
    },
  ]
  tags = [
    {
      key   = "team"
      value = "support-ops"
    },
  ]
}
